/**
 * Input limits. A real letter is 5-40 kB; anything far above that is not a letter, and
 * refusing it early keeps the parser's time and memory bounded.
 */
export const MAX_LETTER_CHARS = 5 * 1024 * 1024;

/** Share of control characters above which a text is taken to be a binary file. */
export const MAX_CONTROL_CHAR_RATIO = 0.01;

/**
 * The largest letter file read, in bytes, for a PDF or Word document. Their text is a small
 * part of their bytes (fonts, images, compression), so a real letter's PDF can be several
 * times its text; a text file keeps the character limit above (see `src/ingest/read-letter-file.ts`).
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** A letter is a few pages; a PDF with more is refused before its pages are read. */
export const MAX_PDF_PAGES = 50;

/**
 * Reading a PDF stops after this long (checked between pages): pdf.js parses in this thread,
 * so a document built to be slow must not hold a command or a server for long.
 */
export const MAX_PDF_READ_MILLISECONDS = 20_000;

/**
 * A Word letter is tens of kilobytes once inflated; an archive whose directory claims more than
 * this is refused before anything is inflated (a "zip bomb" would otherwise fill memory).
 */
export const MAX_DOCX_INFLATED_BYTES = 50 * 1024 * 1024;
