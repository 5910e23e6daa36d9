import type { IngestOutcome } from './ingest-outcome';

/** One file's result within a run. */
export interface IngestedFile {
  file: string;
  outcome: IngestOutcome;
}

export interface FailedFile {
  file: string;
  code: string;
  message: string;
}

/** Counts of a run over many files, with each failure's reason and every file's outcome in order. */
export interface IngestSummary {
  ingested: number;
  replaced: number;
  unchanged: number;
  failed: FailedFile[];
  results: IngestedFile[];
  /** Files inside the given folders that were not letter files, so were left alone. */
  skipped: string[];
}

/** A summary of nothing, to add results to. */
export function emptySummary(): IngestSummary {
  return { ingested: 0, replaced: 0, unchanged: 0, failed: [], results: [], skipped: [] };
}

/** Counts one file's outcome into the summary (mutates it: a run over thousands of files builds one). */
export function addToSummary(summary: IngestSummary, result: IngestedFile): void {
  summary.results.push(result);
  const { outcome } = result;
  if (outcome.status === 'failed') summary.failed.push({ file: result.file, ...outcome.error });
  else summary[outcome.status] += 1;
}
