/**
 * Bytes a string takes in a JSON answer: the UTF-8 length of `JSON.stringify(value)`, quotes
 * and escapes included, counted without building that copy. Why not the text's own UTF-8
 * length: a letter of newlines, quotes or control characters doubles (or grows sixfold) when
 * escaped, and what the server must bound is the answer it sends. The count is also an upper
 * bound on the UTF-16 length of the answer string V8 builds, since every JSON character takes
 * at least one UTF-8 byte per UTF-16 unit.
 */
export function jsonTextBytes(value: string): number {
  let bytes = 2;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20) {
      // \b \t \n \f \r have two-character escapes; the other control characters \u00XX
      bytes += code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d ? 2 : 6;
    } else if (code === 0x22 || code === 0x5c) {
      bytes += 2;
    } else if (code < 0x80) {
      bytes += 1;
    } else if (code < 0x800) {
      bytes += 2;
    } else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(value.charCodeAt(index + 1))) {
      // a pair: one four-byte character
      bytes += 4;
      index += 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // a lone surrogate: JSON.stringify writes it as \uXXXX
      bytes += 6;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
