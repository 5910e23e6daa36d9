import { detectDocumentType } from '../../src/letters/document-type';
import { readDocument } from '../../src/letters/read-document';
import { bytesOf, realCopy } from './pdf/pdf-fixtures';

const KENT = '004_5ab39e3c457a8afd.txt';
const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('detectDocumentType', () => {
  it('judges by content: PDF header, Word archive, other archive, old Word, text', () => {
    expect(detectDocumentType(bytesOf(realCopy(KENT, 'pdf')))).toBe('pdf');
    expect(detectDocumentType(bytesOf(realCopy(KENT, 'docx')))).toBe('docx');
    expect(detectDocumentType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('zip');
    expect(detectDocumentType(OLE2)).toBe('legacy-word');
    expect(detectDocumentType(encode('9 December 2009\nDear Ms Turner'))).toBe('text');
  });

  it('finds a PDF header after a few stray lines, but not one quoted mid-line in a text', () => {
    expect(detectDocumentType(encode('From: printer\r\n%PDF-1.4\n'))).toBe('pdf');
    expect(detectDocumentType(encode('Letters begin with %PDF-1.4 when they are PDFs'))).toBe('text');
  });
});

describe('readDocument', () => {
  it('reads a PDF as a PDF and a Word document as Word whatever they are named', async () => {
    const pdf = await readDocument(bytesOf(realCopy(KENT, 'pdf')), 'kent.txt');
    const docx = await readDocument(bytesOf(realCopy(KENT, 'docx')), 'kent');
    for (const read of [pdf, docx]) {
      expect(read).toMatchObject({ ok: true });
      expect(read.ok && read.text).toContain('<html><body>');
      expect(read.ok && read.text).toContain('Kent County Council');
    }
  });

  it('reads text named .doc or .pdf as text (a web page saved as .doc, a text dump of a PDF)', async () => {
    expect(await readDocument(encode('<p>Dear Ms Turner</p>'), 'letter.doc')).toEqual({ ok: true, text: '<p>Dear Ms Turner</p>' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dear Ms Turner', 'utf16le')]);
    expect(await readDocument(new Uint8Array(utf16), 'letter.pdf')).toEqual({ ok: true, text: 'Dear Ms Turner' });
  });

  it('names the reason for binary files that are no letter form', async () => {
    expect(await readDocument(OLE2, 'letter.doc')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FORMAT' } });
    expect(await readDocument(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'letters.zip')).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_WORD_DOCUMENT' },
    });
    expect(await readDocument(BINARY, 'scan.pdf')).toMatchObject({ ok: false, error: { code: 'UNREADABLE_PDF' } });
    expect(await readDocument(BINARY, 'letter.DOCX')).toMatchObject({ ok: false, error: { code: 'NOT_A_WORD_DOCUMENT' } });
  });

  it('leaves other binary bytes to the parser, which calls them BINARY', async () => {
    const read = await readDocument(BINARY, 'scan.png');
    expect(read.ok && read.text.includes('\u0000')).toBe(true);
  });
});
