/**
 * Input limits. A real letter is 5-40 kB; anything far above that is not a letter, and
 * refusing it early keeps the parser's time and memory bounded.
 */
export const MAX_LETTER_CHARS = 5 * 1024 * 1024;

/** Share of control characters above which a text is taken to be a binary file. */
export const MAX_CONTROL_CHAR_RATIO = 0.01;
