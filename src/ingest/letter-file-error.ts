/**
 * Why a letter file could not be turned into text. The `parse` and `ingest` commands report
 * these same codes, so one file fails the same way in both.
 */
export const LetterFileErrorCode = {
  FILE_NOT_FOUND: 'FILE_NOT_FOUND',
  UNREADABLE_FILE: 'UNREADABLE_FILE',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
} as const;

/** One of {@link LetterFileErrorCode}'s values. */
export type LetterFileErrorCode = (typeof LetterFileErrorCode)[keyof typeof LetterFileErrorCode];

/** A file that could not be read as a letter, with a message for people. */
export interface LetterFileError {
  code: LetterFileErrorCode;
  message: string;
}
