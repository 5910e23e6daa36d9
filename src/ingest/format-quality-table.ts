import { kindLabel } from './format-ingest-report';
import type { IngestedFile } from './ingest-summary';
import type { LetterQuality } from './letter-quality';

interface Column {
  heading: string;
  /** Numbers are right-aligned so their digits line up. */
  numeric: boolean;
}

const COLUMNS: readonly Column[] = [
  { heading: 'file', numeric: false },
  { heading: 'outcome', numeric: false },
  { heading: 'kind', numeric: false },
  { heading: 'year', numeric: false },
  { heading: 'authority', numeric: false },
  { heading: 'grade', numeric: true },
  { heading: 'areas', numeric: true },
  { heading: 'items', numeric: true },
  { heading: 'settings', numeric: true },
  { heading: 'warnings', numeric: true },
];

const NONE = '-';

/** Every warning of a parse: the parser's own, then the sections its kind of letter lacks. */
export function qualityWarnings(quality: LetterQuality): string[] {
  return [...quality.warnings, ...quality.missingSections];
}

function qualityOf(result: IngestedFile): LetterQuality | null {
  return result.outcome.status === 'failed' ? null : result.outcome.quality;
}

function cells(result: IngestedFile): string[] {
  const quality = qualityOf(result);
  if (quality === null) return [result.file, result.outcome.status, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE];
  return [
    result.file,
    result.outcome.status,
    kindLabel(quality.kind),
    String(quality.year),
    quality.authorityName,
    String(quality.overallGrade),
    String(quality.outcomeAreas),
    String(quality.listItems),
    String(quality.settingJudgements),
    String(qualityWarnings(quality).length),
  ];
}

/**
 * The table `ingest` ends with: one row per file saying what its parse gave (kind, year,
 * authority, overall grade, numbers of outcome areas, list items and setting judgements, and
 * of warnings), then each warning in words. A file whose numbers look wrong (an APA letter
 * with four areas, a rating letter with no settings) stands out before anyone queries it.
 *
 * @example
 * file            outcome   kind           year  authority            grade  areas  items  settings  warnings
 * letters/kent    ingested  annual rating  2009  Kent County Council      3      0      0        15         0
 */
export function formatQualityTable(results: readonly IngestedFile[]): string {
  if (results.length === 0) return '';
  const rows = [COLUMNS.map((column) => column.heading), ...results.map(cells)];
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => row[index]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, index) => (COLUMNS[index]!.numeric ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!)))
      .join('  ')
      .trimEnd(),
  );
  const warnings = results.flatMap((result) => {
    const quality = qualityOf(result);
    return quality === null ? [] : qualityWarnings(quality).map((warning) => `  ${result.file}: ${warning}`);
  });
  if (warnings.length > 0) lines.push('Warnings:', ...warnings);
  return lines.join('\n');
}
