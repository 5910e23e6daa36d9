import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { DataSource } from 'typeorm';
import { assessmentExportQuery, authorityExportQuery, type Parsed, type QueryParameters } from './export-filters';
import {
  ASSESSMENT_COLUMNS,
  assessmentRows,
  AUTHORITY_COLUMNS,
  authorityRows,
  EXPORT_PAGE_SIZE,
  type CsvRow,
  OUTCOME_AREA_COLUMNS,
  outcomeAreaRows,
  SETTING_JUDGEMENT_COLUMNS,
  settingJudgementRows,
} from './export-tables';

/** A download ready to stream: its columns and its rows, fetched as they are written. */
export interface CsvExport {
  fileName: string;
  columns: readonly string[];
  rows: AsyncIterable<CsvRow>;
}

interface ExportTable {
  columns: readonly string[];
  prepare(dataSource: DataSource, parameters: QueryParameters, pageSize: number): Promise<Parsed<AsyncIterable<CsvRow>>>;
}

/**
 * The files analysts can download, by name. `authorities` takes `authorities`' filter; the
 * other three take `assessments`' filter and list the matching assessments or their parts.
 */
const TABLES: Readonly<Record<string, ExportTable>> = {
  authorities: {
    columns: AUTHORITY_COLUMNS,
    async prepare(dataSource, parameters, pageSize) {
      const query = await authorityExportQuery(parameters);
      return query.ok ? { ok: true, value: authorityRows(dataSource, query.value, pageSize) } : query;
    },
  },
  assessments: {
    columns: ASSESSMENT_COLUMNS,
    async prepare(dataSource, parameters, pageSize) {
      const query = await assessmentExportQuery(parameters);
      return query.ok ? { ok: true, value: assessmentRows(dataSource, query.value, pageSize) } : query;
    },
  },
  'outcome-areas': {
    columns: OUTCOME_AREA_COLUMNS,
    async prepare(dataSource, parameters, pageSize) {
      const query = await assessmentExportQuery(parameters);
      return query.ok ? { ok: true, value: outcomeAreaRows(dataSource, query.value, pageSize) } : query;
    },
  },
  'setting-judgements': {
    columns: SETTING_JUDGEMENT_COLUMNS,
    async prepare(dataSource, parameters, pageSize) {
      const query = await assessmentExportQuery(parameters);
      return query.ok ? { ok: true, value: settingJudgementRows(dataSource, query.value, pageSize) } : query;
    },
  },
};

/** The names `GET /export/<name>.csv` accepts. */
export const EXPORT_NAMES: readonly string[] = Object.keys(TABLES);

/**
 * Checks a download's parameters and prepares its rows; null for a file that does not exist.
 * Nothing is read from the database until the rows are iterated, `pageSize` rows per statement.
 */
export async function prepareCsvExport(
  dataSource: DataSource,
  name: string,
  parameters: QueryParameters,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<Parsed<CsvExport> | null> {
  const table = Object.hasOwn(TABLES, name) ? TABLES[name] : undefined;
  if (!table) return null;
  const rows = await table.prepare(dataSource, parameters, pageSize);
  return rows.ok ? { ok: true, value: { fileName: `${name}.csv`, columns: table.columns, rows: rows.value } } : rows;
}

/**
 * How cells are written. `quote_record_delimiter` because csv-stringify, once given a record
 * delimiter, quotes only cells holding that exact delimiter: a list cell joined with bare line
 * feeds went out unquoted and strict readers (Python's csv, pandas, spreadsheets) split the
 * row there. `escape_formulas` is OWASP's CSV injection defence: a text cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms) gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula. Number
 * cells are left alone, so a negative number stays a number.
 */
export const CSV_OPTIONS = {
  bom: true,
  header: true,
  record_delimiter: 'windows',
  quote_record_delimiter: true,
  escape_formulas: true,
} as const;

/**
 * Writes an export as CSV: UTF-8 with a byte order mark, so spreadsheet programs read accents
 * and curly apostrophes right, a header line, CRLF line ends (RFC 4180), every cell holding a
 * line break, comma or quote quoted, formula-like text neutralised ({@link CSV_OPTIONS}) and
 * empty cells for nulls. Rows are read from the database a page at a time as the destination
 * drains, so a slow client holds one page in memory, not the table. Rejects, with the
 * destination destroyed, when reading or writing fails part way.
 */
export function writeCsv(csv: CsvExport, destination: Writable): Promise<void> {
  return pipeline(Readable.from(csv.rows), stringify({ ...CSV_OPTIONS, columns: [...csv.columns] }), destination);
}
