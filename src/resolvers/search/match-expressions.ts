/**
 * Full-text query strings for the two engines. The words come from `searchWords`, so they hold
 * only letters and digits; each expression is still bound as a parameter, never spliced into SQL.
 */

/** MariaDB boolean mode: every word required (`+`), each as a prefix (`*`). */
export function booleanModeExpression(words: readonly string[]): string {
  return words.map((word) => `+${word}*`).join(' ');
}

/** FTS5: quoted prefix terms joined by spaces, which FTS5 reads as AND. */
export function fts5Expression(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}
