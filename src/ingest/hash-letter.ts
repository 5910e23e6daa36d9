import { createHash } from 'node:crypto';

/**
 * Hex SHA-256 of a letter's text (UTF-8). It is the identity of a source letter: the same
 * text always hashes the same, so re-ingesting it can be recognised and skipped.
 */
export function hashLetterText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
