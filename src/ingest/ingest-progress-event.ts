import type { IngestOutcome } from './ingest-outcome';

/** What a run reports as it goes: the number of files once they are found, then each file's outcome. */
export type IngestProgressEvent =
  { type: 'start'; total: number } | { type: 'file'; index: number; total: number; file: string; outcome: IngestOutcome };
