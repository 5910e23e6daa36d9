import iconv from 'iconv-lite';
import { decodeLetterBytes } from '../../src/letters/text/decode-letter-bytes';

describe('decoding a letter file', () => {
  it('reads UTF-8 as UTF-8 and UTF-16 by its byte order mark', () => {
    const text = 'Children\u2019s services \u2013 performs well';
    expect(decodeLetterBytes(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeLetterBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
  });

  it("reads bytes that are not UTF-8 as Windows-1252, Word's curly quotes and dashes included", () => {
    const bytes = Buffer.from([0x43, 0x6f, 0x75, 0x6e, 0x63, 0x69, 0x6c, 0x92, 0x73, 0x20, 0x96, 0x20, 0x93, 0x67, 0x6f, 0x6f, 0x64, 0x94]);
    expect(decodeLetterBytes(bytes)).toBe('Council\u2019s \u2013 \u201cgood\u201d');
  });

  it('reads a page in the character set it declares', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"></head><body>\u20ac 5 \u0153uvre</body></html>';
    expect(decodeLetterBytes(iconv.encode(page, 'iso-8859-15'))).toBe(page);
  });

  it('reads a page labelled Latin-1 or ASCII as Windows-1252, as browsers do', () => {
    const page = '<meta charset="iso-8859-1">\u201cgood\u201d \u2013 rating';
    expect(decodeLetterBytes(iconv.encode(page, 'windows-1252'))).toBe(page);
    expect(decodeLetterBytes(iconv.encode(page.replace('iso-8859-1', 'us-ascii'), 'windows-1252'))).toBe(page.replace('iso-8859-1', 'us-ascii'));
  });

  it('falls back to Windows-1252 when the declared character set is unknown', () => {
    const page = '<meta charset="x-made-up">Council\u2019s';
    expect(decodeLetterBytes(iconv.encode(page, 'windows-1252'))).toBe(page);
  });
});
