import type { FileOutcome, IngestConflict } from './ingest-outcome';

/** One file's result within a run. */
export interface IngestedFile {
  file: string;
  outcome: FileOutcome;
}

export interface FailedFile {
  file: string;
  code: string;
  message: string;
}

/** A file that was not stored because its assessment already holds another letter. */
export interface ConflictedFile {
  file: string;
  conflict: IngestConflict;
}

/** Counts of a run over many files, with each failure's reason and every file's outcome in order. */
export interface IngestSummary {
  ingested: number;
  replaced: number;
  unchanged: number;
  conflicts: ConflictedFile[];
  failed: FailedFile[];
  results: IngestedFile[];
  /** Files inside the given folders that were not letter files, so were left alone. */
  skipped: string[];
  /** Documents inside the given folders that were read and are not letters, left alone with the reason. */
  notLetters: FailedFile[];
}

/** A summary of nothing, to add results to. */
export function emptySummary(): IngestSummary {
  return { ingested: 0, replaced: 0, unchanged: 0, conflicts: [], failed: [], results: [], skipped: [], notLetters: [] };
}

/** Counts one file's outcome into the summary (mutates it: a run over thousands of files builds one). */
export function addToSummary(summary: IngestSummary, result: IngestedFile): void {
  summary.results.push(result);
  const { outcome } = result;
  if (outcome.status === 'failed') summary.failed.push({ file: result.file, ...outcome.error });
  else if (outcome.status === 'skipped') summary.notLetters.push({ file: result.file, ...outcome.reason });
  else if (outcome.status === 'conflict') summary.conflicts.push({ file: result.file, conflict: outcome });
  else summary[outcome.status] += 1;
}

/**
 * The exit code of a run: 1 when any file failed, else 2 when any file conflicted with a
 * stored letter, else 0. Scripts can tell "something is broken" from "something needs a
 * decision (`--replace`)".
 */
export function ingestExitCode(summary: IngestSummary): number {
  if (summary.failed.length > 0) return 1;
  return summary.conflicts.length > 0 ? 2 : 0;
}
