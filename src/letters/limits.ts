import type { ParseFailure } from './parsed-letter';

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

/**
 * Rejects what cannot be a letter before any parsing: nothing, too much, bytes that are
 * not text (NUL bytes, control characters, undecodable bytes shown as U+FFFD), or JSON.
 */
export function checkInput(text: string): ParseFailure | null {
  if (text.length > MAX_LETTER_CHARS) {
    return { code: 'TOO_LARGE', message: `text is ${text.length} characters; letters are at most ${MAX_LETTER_CHARS}` };
  }
  if (text.trim().length === 0) return { code: 'EMPTY', message: 'the text is empty' };
  if (text.includes('\u0000')) return { code: 'BINARY', message: 'the text contains NUL bytes: it is a binary file' };
  let suspicious = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) suspicious += 1;
  }
  if (suspicious > 8 && suspicious / text.length > MAX_CONTROL_CHAR_RATIO) {
    return { code: 'BINARY', message: 'the text is mostly control characters or undecodable bytes: it is a binary file' };
  }
  if (isJson(text)) return { code: 'NOT_A_LETTER', message: 'the text is JSON data (it may quote a letter), not a letter' };
  return null;
}

/** JSON data, such as a parse of a letter: it may quote every line of a letter, but it is not one. */
function isJson(text: string): boolean {
  const trimmed = text.trim();
  const opens = trimmed[0];
  const closes = trimmed[trimmed.length - 1];
  if (!((opens === '{' && closes === '}') || (opens === '[' && closes === ']'))) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}
