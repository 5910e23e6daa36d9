/**
 * Why a letter document's bytes could not be turned into text. Machine-readable, so `parse`
 * and `ingest` report them in their `{ code, message }` shape without reading messages.
 */
export const DocumentReadErrorCode = {
  /** Not a PDF after all (damaged, truncated, or only named .pdf), or pdf.js failed on it. */
  UNREADABLE_PDF: 'UNREADABLE_PDF',
  /** The PDF needs a password to open. */
  ENCRYPTED_PDF: 'ENCRYPTED_PDF',
  /** More pages than a letter has (`MAX_PDF_PAGES`); refused before its pages are read. */
  TOO_MANY_PAGES: 'TOO_MANY_PAGES',
  /** More text than a letter has (`MAX_LETTER_CHARS`). */
  TOO_MUCH_TEXT: 'TOO_MUCH_TEXT',
  /** Reading took longer than `MAX_PDF_READ_MILLISECONDS`. */
  READ_TIMEOUT: 'READ_TIMEOUT',
  /** Reading the document needed more memory than any letter does (a decompression or drawing bomb); it was stopped. */
  DOCUMENT_TOO_COMPLEX: 'DOCUMENT_TOO_COMPLEX',
  /** A PDF without a text layer: a scan, whose words only OCR could read. */
  NO_TEXT_LAYER: 'NO_TEXT_LAYER',
  /** A ZIP archive that is not a Word document, or a file named .docx that is no archive. */
  NOT_A_WORD_DOCUMENT: 'NOT_A_WORD_DOCUMENT',
  /** A Word document that is damaged, or claims to inflate to more than a letter could. */
  UNREADABLE_DOCX: 'UNREADABLE_DOCX',
  /** A format that holds no readable letter text here: an old binary Word (.doc) file. */
  UNSUPPORTED_FORMAT: 'UNSUPPORTED_FORMAT',
} as const;

/** One of {@link DocumentReadErrorCode}'s values. */
export type DocumentReadErrorCode = (typeof DocumentReadErrorCode)[keyof typeof DocumentReadErrorCode];

/** A document that cannot be read, with a message for people. */
export interface DocumentReadFailure {
  code: DocumentReadErrorCode;
  message: string;
}

/** A document's text, or why there is none. */
export type DocumentRead = { ok: true; text: string } | { ok: false; error: DocumentReadFailure };

/** Builds a failed read. */
export function documentFailure(code: DocumentReadErrorCode, message: string): DocumentRead {
  return { ok: false, error: { code, message } };
}

/** The message of whatever a third-party library threw. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
