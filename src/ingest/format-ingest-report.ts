import { AssessmentKind } from '../domain/enums';
import { LETTER_EXTENSIONS } from './discover-letter-files';
import type { FileOutcome, IngestConflict, IngestTarget } from './ingest-outcome';
import type { IngestSummary } from './ingest-summary';

const KIND_LABEL: Record<AssessmentKind, string> = {
  [AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT]: 'APA',
  [AssessmentKind.ANNUAL_RATING]: 'annual rating',
};

/** The short name of a kind of letter: "APA" or "annual rating". */
export function kindLabel(kind: AssessmentKind): string {
  return KIND_LABEL[kind];
}

/** An assessment in words, e.g. "Kent County Council, annual rating 2009 (assessment 5)". */
export function describeTarget(target: IngestTarget): string {
  return `${target.authorityName}, ${KIND_LABEL[target.kind]} ${target.year} (assessment ${target.assessmentId})`;
}

/**
 * Why a letter conflicted, naming the assessment it would have replaced and the letter that
 * assessment now serves, e.g. "would replace Dorset County Council, annual rating 2009
 * (assessment 4), which holds 003_87302fd0eb7a51ec.txt".
 */
export function describeConflict(conflict: IngestConflict): string {
  const holds = conflict.currentFileName === null ? `source letter ${conflict.currentSourceLetterId}` : conflict.currentFileName;
  return `would replace ${describeTarget(conflict)}, which holds ${holds}`;
}

/** One outcome in words, e.g. "ingested  Kent County Council, annual rating 2009 (assessment 5)". */
export function describeOutcome(outcome: FileOutcome): string {
  if (outcome.status === 'failed') return `failed     ${outcome.error.code}: ${outcome.error.message}`;
  if (outcome.status === 'skipped') return `skipped    not a letter (${outcome.reason.code}: ${outcome.reason.message})`;
  if (outcome.status === 'conflict') return `conflict   not stored: ${describeConflict(outcome)}`;
  const note = outcome.note === undefined ? '' : ` (${outcome.note})`;
  return `${outcome.status.padEnd(10)} ${describeTarget(outcome)}${note}`;
}

/** A progress line for output that is not a terminal, e.g. "[2/5] letters/kent.txt: ingested ...". */
export function formatProgressLine(index: number, total: number, file: string, outcome: FileOutcome): string {
  return `[${index}/${total}] ${file}: ${describeOutcome(outcome)}`;
}

/** How many skipped files the summary names before it just counts the rest. */
const SKIPPED_SHOWN = 5;

/**
 * The closing report of a run: the counts on one line, what was skipped (files that are not
 * letter files, documents that are not letters), each conflict with
 * the assessment it would have replaced, then each failed file with its reason.
 *
 * @example
 * 5 files: 2 ingested, 1 replaced, 0 unchanged, 1 conflicted, 1 failed
 * Skipped (not .txt .html .htm .md .pdf .docx .doc): letters/scan.tiff
 * Not letters (read and left alone; name a file to have it fail): letters/README.md
 * Conflicts (nothing stored; ingest again with --replace to store them as new versions):
 *   notes/dorset-copy.txt: would replace Dorset County Council, annual rating 2009 (assessment 4), which holds 003.txt
 * Failed:
 *   notes/readme.txt: NOT_A_LETTER: ...
 */
export function formatSummary(summary: IngestSummary): string {
  const total = summary.results.length;
  const { ingested, replaced, unchanged, conflicts, failed } = summary;
  const counts = `${ingested} ingested, ${replaced} replaced, ${unchanged} unchanged, ${conflicts.length} conflicted, ${failed.length} failed`;
  const notLetterCount = summary.notLetters.length;
  const notLetters = notLetterCount > 0 ? `, ${notLetterCount} not ${notLetterCount === 1 ? 'a letter' : 'letters'}` : '';
  const lines = [`${total} ${total === 1 ? 'file' : 'files'}: ${counts}${notLetters}`];
  if (total === 0) lines.push(`No letter files found (looked for ${LETTER_EXTENSIONS.join(' ')}).`);
  if (summary.skipped.length > 0) {
    const shown = summary.skipped.slice(0, SKIPPED_SHOWN).join(', ');
    const more = summary.skipped.length > SKIPPED_SHOWN ? `, and ${summary.skipped.length - SKIPPED_SHOWN} more` : '';
    lines.push(`Skipped (not ${LETTER_EXTENSIONS.join(' ')}): ${shown}${more}`);
  }
  if (summary.notLetters.length > 0) {
    const shown = summary.notLetters
      .slice(0, SKIPPED_SHOWN)
      .map((document) => document.file)
      .join(', ');
    const more = summary.notLetters.length > SKIPPED_SHOWN ? `, and ${summary.notLetters.length - SKIPPED_SHOWN} more` : '';
    lines.push(`Not letters (read and left alone; name a file to have it fail): ${shown}${more}`);
  }
  if (conflicts.length > 0) {
    lines.push('Conflicts (nothing stored; ingest again with --replace to store them as new versions):');
    for (const { file, conflict } of conflicts) lines.push(`  ${file}: ${describeConflict(conflict)}`);
  }
  if (failed.length > 0) {
    lines.push('Failed:');
    for (const failure of failed) lines.push(`  ${failure.file}: ${failure.code}: ${failure.message}`);
  }
  return lines.join('\n');
}
