/**
 * A word as both search indexes compare it: lower case, accents removed (FTS5's
 * remove_diacritics, MariaDB's accent-insensitive utf8mb4_unicode_ci collation).
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Runs of letters and digits: what FTS5's unicode61 tokenizer and InnoDB's parser both treat as a word. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;
