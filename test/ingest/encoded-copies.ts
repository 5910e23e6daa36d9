/**
 * Windows-1252's characters for bytes 0x80-0x9F, from the code page's published table
 * (written out here rather than taken from the decoder, so the tests check it independently).
 */
const WINDOWS_1252_HIGH: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** The text as Windows-1252 bytes, as older Word exports save it; throws on a character the code page lacks. */
export function toWindows1252(text: string): Buffer {
  const bytes = [...text].map((character) => {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const high = WINDOWS_1252_HIGH[character];
    if (high === undefined) throw new Error(`Windows-1252 has no ${JSON.stringify(character)}`);
    return high;
  });
  return Buffer.from(bytes);
}

/** The text as UTF-16 little-endian with its byte order mark, as Windows Notepad saves "Unicode". */
export function toUtf16LeWithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
