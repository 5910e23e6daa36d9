import { LetterFormat } from './enums';

/** A closing tag such as `</p>` or `</td>`: plain text and markdown do not have them. */
const CLOSING_TAG = /<\/[a-z][a-z0-9]*\s*>/i;

/**
 * Whether a stored letter's text is HTML or plain text. PDF and Word letters are stored as the
 * HTML their readers make (`<!DOCTYPE html><html><body>...`), and an HTML file as it came; a
 * text or markdown file never starts with a tag and closes one. Read from the text itself, so
 * every letter ever stored has a format without a column to fill.
 */
export function letterFormatOf(text: string): LetterFormat {
  const start = text.replace(/^\uFEFF?\s*/, '');
  return start.startsWith('<') && CLOSING_TAG.test(text) ? LetterFormat.HTML : LetterFormat.TEXT;
}
