/**
 * Windows-1252's characters for bytes 0x80-0x9F (where it differs from Latin-1), in order;
 * "\u0000" marks the five unassigned bytes. Node's own "windows-1252" decoder is Latin-1
 * when built without full ICU, which would turn Word's curly quotes into control characters.
 */
const CP1252_HIGH =
  '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000' +
  '\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk: number[] = [];
  const flush = (): void => {
    text += String.fromCharCode(...chunk);
    chunk.length = 0;
  };
  for (const byte of bytes) {
    const mapped = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) || 0xfffd : byte;
    chunk.push(mapped);
    if (chunk.length >= 8192) flush();
  }
  flush();
  return text;
}

/**
 * Decodes a letter file's bytes: UTF-16 when it starts with a byte order mark, UTF-8 when
 * the bytes are valid UTF-8, otherwise Windows-1252, the encoding of older Word exports.
 */
export function decodeLetterBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
