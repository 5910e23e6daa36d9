import type { AssessmentKind } from '../domain/enums';
import { LetterFileErrorCode } from './letter-file-errors';
import type { LetterQuality } from './letter-quality';

/** Why a letter was not stored: the parser's codes plus those of ingestion itself. */
export interface IngestError {
  code: string;
  message: string;
}

/** Ingestion's own failure codes, those of reading a file among them (parse failures keep the parser's code). */
export const IngestErrorCode = {
  ...LetterFileErrorCode,
  UNKNOWN_AUTHORITY: 'UNKNOWN_AUTHORITY',
  INVALID_LETTER: 'INVALID_LETTER',
  PARSER_CRASHED: 'PARSER_CRASHED',
  DATABASE_ERROR: 'DATABASE_ERROR',
  UNSUPPORTED_FILE: 'UNSUPPORTED_FILE',
  /** Not a failure of the letter: another letter is stored for its assessment (the mutation's `error.code` with CONFLICT). */
  CONFLICT: 'CONFLICT',
} as const;

/**
 * - `ingested`: a new assessment was created (its revision 1).
 * - `replaced`: a different letter for the same authority, kind and year was already stored
 *   and the caller asked to replace it; the assessment kept its id, now serves the new letter,
 *   and the earlier version stays readable as a revision.
 * - `unchanged`: this exact text was ingested before, or the letter parses to exactly what the
 *   assessment serves (the same letter in another format, with `note` saying so); nothing was written.
 */
export type IngestStatus = 'ingested' | 'replaced' | 'unchanged';

/** The assessment a letter was stored in, or would have been. */
export interface IngestTarget {
  assessmentId: number;
  authorityId: number;
  authorityName: string;
  kind: AssessmentKind;
  year: number;
}

export interface IngestSuccess extends IngestTarget {
  status: IngestStatus;
  /** The source letter the assessment now serves (for `unchanged`, the one holding this text). */
  sourceLetterId: number;
  /** What the parse gave: the row of the run's report. */
  quality: LetterQuality;
  /** More than the status says, for the report: "same letter, another format". */
  note?: string;
}

/**
 * A different letter is already stored for the letter's authority, kind and year, and the
 * caller did not ask to replace it: nothing was written.
 */
export interface IngestConflict extends IngestTarget {
  status: 'conflict';
  /** The source letter the assessment serves, which this letter would have replaced. */
  currentSourceLetterId: number;
  currentFileName: string | null;
  quality: LetterQuality;
}

export interface IngestFailure {
  status: 'failed';
  error: IngestError;
}

/** What became of one letter. Ingestion reports failures and conflicts as values and never throws them. */
export type IngestOutcome = IngestSuccess | IngestConflict | IngestFailure;

/**
 * A document found inside a folder that is not a letter at all (a README, minutes, a notice):
 * a run over a folder leaves it alone and says so, as it does an image. Only a run can give
 * this: a file the user named, or a letter sent to the API, that is not a letter is a failure.
 */
export interface IngestSkipped {
  status: 'skipped';
  reason: IngestError;
}

/** What became of one file in a run over files and folders. */
export type FileOutcome = IngestOutcome | IngestSkipped;

/** Builds a failed outcome. */
export function ingestFailure(code: string, message: string): IngestFailure {
  return { status: 'failed', error: { code, message } };
}
