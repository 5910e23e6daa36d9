import { DocumentReadErrorCode } from '../letters/document-read-error';

/**
 * A property of what a file-system call threw ("ENOENT" for `code`). Read by name rather than
 * through `instanceof Error`, which fails for errors made in another realm (a VM context).
 */
function errorProperty(error: unknown, name: 'code' | 'message'): string | undefined {
  return typeof error === 'object' && error !== null && name in error ? String(Reflect.get(error, name)) : undefined;
}

/**
 * Turns what a file-system call threw into a letter-file error: a path that does not exist is
 * FILE_NOT_FOUND (the user mistyped it or it went away), anything else (no permission, a loop
 * of links, an I/O error) is UNREADABLE_FILE with Node's own message, which names the cause.
 */
export function describeFileSystemError(error: unknown): LetterFileError {
  if (errorProperty(error, 'code') === 'ENOENT') return { code: LetterFileErrorCode.FILE_NOT_FOUND, message: 'No such file or folder' };
  return { code: LetterFileErrorCode.UNREADABLE_FILE, message: `Cannot read: ${errorProperty(error, 'message') ?? String(error)}` };
}

/**
 * Why a letter file could not be turned into text: the file system's reasons, then the
 * document readers' (a damaged or encrypted PDF, a ZIP that is not a Word document, ...).
 * The `parse` and `ingest` commands report these same codes, so one file fails the same way
 * in both.
 */
export const LetterFileErrorCode = {
  FILE_NOT_FOUND: 'FILE_NOT_FOUND',
  UNREADABLE_FILE: 'UNREADABLE_FILE',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  ...DocumentReadErrorCode,
} as const;

/** One of {@link LetterFileErrorCode}'s values. */
export type LetterFileErrorCode = (typeof LetterFileErrorCode)[keyof typeof LetterFileErrorCode];

/** A file that could not be read as a letter, with a message for people. */
export interface LetterFileError {
  code: LetterFileErrorCode;
  message: string;
}
