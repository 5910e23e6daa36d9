import type { ParseFailure } from './parsed-letter';

/**
 * Input limits. A real letter is 5-40 kB; anything far above that is not a letter, and
 * refusing it early keeps the parser's time and memory bounded.
 */
export const MAX_LETTER_CHARS = 5 * 1024 * 1024;

/** Share of control characters above which a text is taken to be a binary file. */
export const MAX_CONTROL_CHAR_RATIO = 0.01;

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
