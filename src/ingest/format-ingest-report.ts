import { AssessmentKind } from '../domain/enums';
import { LETTER_EXTENSIONS } from './discover-letter-files';
import type { IngestOutcome } from './ingest-outcome';
import type { IngestSummary } from './ingest-summary';

const KIND_LABEL: Record<AssessmentKind, string> = {
  [AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT]: 'APA',
  [AssessmentKind.ANNUAL_RATING]: 'annual rating',
};

/** One outcome in words, e.g. "ingested  Kent County Council, annual rating 2009 (assessment 5)". */
export function describeOutcome(outcome: IngestOutcome): string {
  if (outcome.status === 'failed') return `failed     ${outcome.error.code}: ${outcome.error.message}`;
  const what = `${outcome.authorityName}, ${KIND_LABEL[outcome.kind]} ${outcome.year} (assessment ${outcome.assessmentId})`;
  return `${outcome.status.padEnd(10)} ${what}`;
}

/** A progress line for output that is not a terminal, e.g. "[2/5] letters/kent.txt: ingested ...". */
export function formatProgressLine(index: number, total: number, file: string, outcome: IngestOutcome): string {
  return `[${index}/${total}] ${file}: ${describeOutcome(outcome)}`;
}

/** How many skipped files the summary names before it just counts the rest. */
const SKIPPED_SHOWN = 5;

/**
 * The closing report of a run: the counts on one line, what was skipped, then each failed
 * file with its reason.
 *
 * @example
 * 5 files: 3 ingested, 1 replaced, 0 unchanged, 1 failed
 * Skipped (not .txt .html .htm .md .pdf .docx .doc): letters/scan.tiff
 * Failed:
 *   notes/readme.txt: NOT_A_LETTER: ...
 */
export function formatSummary(summary: IngestSummary): string {
  const total = summary.results.length;
  const { ingested, replaced, unchanged, failed } = summary;
  const counts = `${ingested} ingested, ${replaced} replaced, ${unchanged} unchanged, ${failed.length} failed`;
  const lines = [`${total} ${total === 1 ? 'file' : 'files'}: ${counts}`];
  if (total === 0) lines.push(`No letter files found (looked for ${LETTER_EXTENSIONS.join(' ')}).`);
  if (summary.skipped.length > 0) {
    const shown = summary.skipped.slice(0, SKIPPED_SHOWN).join(', ');
    const more = summary.skipped.length > SKIPPED_SHOWN ? `, and ${summary.skipped.length - SKIPPED_SHOWN} more` : '';
    lines.push(`Skipped (not ${LETTER_EXTENSIONS.join(' ')}): ${shown}${more}`);
  }
  if (summary.failed.length > 0) {
    lines.push('Failed:');
    for (const failure of summary.failed) lines.push(`  ${failure.file}: ${failure.code}: ${failure.message}`);
  }
  return lines.join('\n');
}
