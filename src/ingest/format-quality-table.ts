import type { IngestedFile } from './ingest-summary';
import type { ParseWarning } from '../letters/parse-warnings';
import type { LetterQuality } from './letter-quality';

/** The width of a terminal that nobody resized: the table and each warning line fit in it. */
export const TABLE_WIDTH = 100;

interface Column {
  heading: string;
  /** Numbers are right-aligned so their digits line up. */
  numeric: boolean;
  /** Names shrink (with an ellipsis) so the row fits {@link TABLE_WIDTH}; everything else keeps its width. */
  shrinks: boolean;
}

const COLUMNS: readonly Column[] = [
  { heading: 'file', numeric: false, shrinks: true },
  { heading: 'outcome', numeric: false, shrinks: false },
  { heading: 'letter', numeric: false, shrinks: false },
  { heading: 'authority', numeric: false, shrinks: true },
  { heading: 'grade', numeric: true, shrinks: false },
  { heading: 'areas', numeric: true, shrinks: false },
  { heading: 'items', numeric: true, shrinks: false },
  { heading: 'settings', numeric: true, shrinks: false },
  { heading: 'warnings', numeric: true, shrinks: false },
];

const SEPARATOR = '  ';
const NONE = '-';
/** A shrunk name keeps at least this much of itself. */
const MIN_SHRUNK = 12;

function qualityOf(result: IngestedFile): LetterQuality | null {
  return result.outcome.status === 'failed' || result.outcome.status === 'skipped' ? null : result.outcome.quality;
}

function cells(result: IngestedFile): string[] {
  const quality = qualityOf(result);
  if (quality === null) return [result.file, result.outcome.status, NONE, NONE, NONE, NONE, NONE, NONE, NONE];
  return [
    result.file,
    result.outcome.status,
    `${quality.kind === 'ANNUAL_RATING' ? 'rating' : 'APA'} ${quality.year}`,
    quality.authorityName,
    String(quality.overallGrade),
    String(quality.outcomeAreas),
    String(quality.listItems),
    String(quality.settingJudgements),
    String(quality.warnings.length),
  ];
}

/** Cuts text to a width with an ellipsis; a path keeps its end (the file name), a name its start. */
function fit(text: string, width: number, keepEnd: boolean): string {
  if (text.length <= width) return text;
  return keepEnd ? `\u2026${text.slice(text.length - width + 1)}` : `${text.slice(0, width - 1)}\u2026`;
}

/** Column widths: each column's widest cell, then the names shrunk evenly until the row fits. */
function columnWidths(rows: readonly string[][]): number[] {
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => row[index]!.length)));
  const total = (): number => widths.reduce((sum, width) => sum + width, 0) + SEPARATOR.length * (widths.length - 1);
  while (total() > TABLE_WIDTH) {
    const widest = COLUMNS.map((column, index) => (column.shrinks ? index : -1))
      .filter((index) => index >= 0 && widths[index]! > MIN_SHRUNK)
      .sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined) break;
    widths[widest] = widths[widest]! - 1;
  }
  return widths;
}

/** A warning on a line of its own, and the evidence it concerns on the next, each cut to the table's width. */
function warningLines(file: string, warning: ParseWarning): string[] {
  const line = fit(`  ${file}: ${warning.code}: ${warning.message}`, TABLE_WIDTH, false);
  return warning.evidence === null ? [line] : [line, fit(`      "${warning.evidence}"`, TABLE_WIDTH, false)];
}

/**
 * The table `ingest` ends with: one row per file saying what its parse gave (kind and year,
 * authority, overall grade, numbers of outcome areas, list items and setting judgements, and
 * of warnings), then each warning on a line of its own with the evidence it concerns. A file
 * whose numbers look wrong (an APA letter with four areas, a rating letter with no settings)
 * stands out before anyone queries it. Rows fit {@link TABLE_WIDTH} columns: long file and
 * authority names are shortened with an ellipsis.
 *
 * @example
 * file          outcome   letter       authority            grade  areas  items  settings  warnings
 * letters/kent  ingested  rating 2009  Kent County Council      3      0      0        15         0
 */
export function formatQualityTable(results: readonly IngestedFile[]): string {
  if (results.length === 0) return '';
  const rows = [COLUMNS.map((column) => column.heading), ...results.map(cells)];
  const widths = columnWidths(rows);
  const lines = rows.map((row) =>
    row
      .map((cell, index) => {
        const width = widths[index]!;
        const text = fit(cell, width, index === 0);
        return COLUMNS[index]!.numeric ? text.padStart(width) : text.padEnd(width);
      })
      .join(SEPARATOR)
      .trimEnd(),
  );
  const warnings = results.flatMap((result) => {
    const quality = qualityOf(result);
    return quality === null ? [] : quality.warnings.flatMap((warning) => warningLines(result.file, warning));
  });
  if (warnings.length > 0) lines.push('Warnings (one per line):', ...warnings);
  return lines.join('\n');
}
