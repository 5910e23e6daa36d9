/** Longest piece of a rejected argument an error message repeats back. */
const MAX_QUOTED = 40;

/**
 * Quotes a rejected argument for an error message, cut short: the message should say what was
 * wrong without echoing a client's megabyte of input back to it.
 */
export function quoteInput(value: string | number): string {
  const text = String(value);
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}
