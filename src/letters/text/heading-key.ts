/**
 * The comparable form of a short line: lower case, letters and digits only, single spaces,
 * list numbering and trailing colons gone. "2. Achieving economic well-being:" and
 * "ACHIEVING ECONOMIC WELL BEING" have the same key.
 */
export function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/^\s*(?:\d{1,2}[.)]|[a-h][.)]|\u2022)\s+/, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
