import type { AssessmentKind } from '../domain/enums';
import { LetterFileErrorCode } from './letter-file-errors';

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
} as const;

/**
 * - `ingested`: a new assessment was created.
 * - `replaced`: a different letter for the same authority, kind and year was already stored;
 *   the assessment kept its id and now reflects the new letter.
 * - `unchanged`: this exact text was ingested before; nothing was written.
 */
export type IngestStatus = 'ingested' | 'replaced' | 'unchanged';

export interface IngestSuccess {
  status: IngestStatus;
  assessmentId: number;
  authorityId: number;
  authorityName: string;
  sourceLetterId: number;
  kind: AssessmentKind;
  year: number;
}

export interface IngestFailure {
  status: 'failed';
  error: IngestError;
}

/** What became of one letter. Ingestion reports failures as values and never throws them. */
export type IngestOutcome = IngestSuccess | IngestFailure;

/** Builds a failed outcome. */
export function ingestFailure(code: string, message: string): IngestFailure {
  return { status: 'failed', error: { code, message } };
}
