import path from 'node:path';
import type { DataSource } from 'typeorm';
import { discoverLetterFiles } from './discover-letter-files';
import { type IngestLetterOptions, ingestLetter } from './ingest-letter';
import { type FileOutcome, type IngestOutcome, ingestFailure } from './ingest-outcome';
import type { IngestProgressEvent } from './ingest-progress-reporter';
import { addToSummary, emptySummary, type IngestSummary } from './ingest-summary';
import { readLetterFile } from './read-letter-file';
import type { ParseErrorCode } from '../letters/parsed-letter';

const NOT_A_LETTER: ParseErrorCode = 'NOT_A_LETTER';

export interface IngestPathsOptions extends IngestLetterOptions {
  onProgress?(event: IngestProgressEvent): void;
}

/**
 * Ingests every letter file under the given files and folders, one file at a time (only one
 * letter's text is in memory at once), each in its own transaction. Missing paths, unreadable
 * files and letters that fail are counted as failures; they never stop the run. Documents
 * inside the folders that are not letters are skipped with their reason.
 */
export async function ingestPaths(
  dataSource: DataSource,
  paths: readonly string[],
  options: IngestPathsOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  const entries = await discoverLetterFiles(paths, (file) => summary.skipped.push(file));
  options.onProgress?.({ type: 'start', total: entries.length });
  for (const [position, entry] of entries.entries()) {
    const outcome: FileOutcome =
      'error' in entry
        ? ingestFailure(entry.error.code, entry.error.message)
        : leaveNonLetterAlone(entry.named, await ingestFile(dataSource, entry.file, options));
    addToSummary(summary, { file: entry.file, outcome });
    options.onProgress?.({ type: 'file', index: position + 1, total: entries.length, file: entry.file, outcome });
  }
  return summary;
}

/**
 * A folder of letters often holds a README or minutes beside them: a document there that is
 * not a letter is left alone (a note in the report, exit 0), as an image is. Named on the
 * command line, it is a failure, because the user asked for it.
 */
function leaveNonLetterAlone(named: boolean, outcome: IngestOutcome): FileOutcome {
  if (named || outcome.status !== 'failed' || outcome.error.code !== NOT_A_LETTER) return outcome;
  return { status: 'skipped', reason: outcome.error };
}

async function ingestFile(dataSource: DataSource, file: string, options: IngestLetterOptions): Promise<IngestOutcome> {
  const read = await readLetterFile(file);
  if ('error' in read) return ingestFailure(read.error.code, read.error.message);
  return ingestLetter(dataSource, { text: read.text, fileName: path.basename(file) }, options);
}
