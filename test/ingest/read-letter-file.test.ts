import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_DOCUMENT_BYTES, MAX_LETTER_CHARS } from '../../src/letters/limits';
import { MAX_LETTER_FILE_BYTES, readLetterFile } from '../../src/ingest/read-letter-file';
import { PDF_FIXTURES, realCopy } from '../letters/pdf/pdf-fixtures';

const TEXT = 'Dear Ms Turner – children’s services';

describe('readLetterFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'og-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, bytes: Buffer | string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it('reads UTF-8, with or without a byte order mark', async () => {
    expect(await readLetterFile(write('plain.txt', Buffer.from(TEXT, 'utf8')))).toEqual({ text: TEXT });
    expect(await readLetterFile(write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])))).toEqual({
      text: TEXT,
    });
  });

  it('reads UTF-16 little- and big-endian files that start with a byte order mark', async () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const big = Buffer.from(little).swap16();
    expect(big.subarray(0, 2)).toEqual(Buffer.from([0xfe, 0xff]));
    expect(await readLetterFile(write('le.txt', little))).toEqual({ text: TEXT });
    expect(await readLetterFile(write('be.txt', big))).toEqual({ text: TEXT });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, curly quotes and dashes included', async () => {
    // "Dear Ms Turner – children’s services" as Word wrote it: 0x96 en dash, 0x92 right quote.
    const bytes = Buffer.concat([
      Buffer.from('Dear Ms Turner '),
      Buffer.from([0x96]),
      Buffer.from(' children'),
      Buffer.from([0x92]),
      Buffer.from('s services'),
    ]);
    expect(await readLetterFile(write('word.txt', bytes))).toEqual({ text: TEXT });
  });

  it('reports a missing file without throwing', async () => {
    expect(await readLetterFile(path.join(dir, 'gone.txt'))).toEqual({
      error: { code: 'FILE_NOT_FOUND', message: 'No such file or folder' },
    });
  });

  it('reports a folder as unreadable', async () => {
    expect(await readLetterFile(dir)).toEqual({ error: { code: 'UNREADABLE_FILE', message: 'Cannot read: it is a folder' } });
  });

  it('reports a named pipe as unreadable instead of waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await readLetterFile(fifo)).toEqual({ error: { code: 'UNREADABLE_FILE', message: 'Cannot read: it is not a regular file' } });
  });

  it('reports any other file-system failure as unreadable, with the reason', async () => {
    const loop = path.join(dir, 'loop.txt');
    symlinkSync(path.join(dir, 'back.txt'), loop);
    symlinkSync(loop, path.join(dir, 'back.txt'));
    expect(await readLetterFile(loop)).toEqual({
      error: { code: 'UNREADABLE_FILE', message: expect.stringMatching(/^Cannot read: ELOOP/) },
    });
  });

  it('has one byte limit, equal to the parser character limit, so every file within it decodes to a text the parser accepts', () => {
    expect(MAX_LETTER_FILE_BYTES).toBe(MAX_LETTER_CHARS);
  });

  it('reads a file of exactly the limit and refuses one byte more, whatever the encoding', async () => {
    const atLimit = write('at-limit.txt', Buffer.alloc(MAX_LETTER_FILE_BYTES, 'a'));
    const read = await readLetterFile(atLimit);
    expect('text' in read && read.text.length).toBe(MAX_LETTER_FILE_BYTES);
    const over = Buffer.alloc(MAX_LETTER_FILE_BYTES + 1, 'a');
    over[0] = 0xff;
    over[1] = 0xfe;
    const expected = {
      error: {
        code: 'FILE_TOO_LARGE',
        message: `The file is ${MAX_LETTER_FILE_BYTES + 1} bytes; letters are at most ${MAX_LETTER_FILE_BYTES} bytes`,
      },
    };
    expect(await readLetterFile(write('huge.txt', Buffer.alloc(MAX_LETTER_FILE_BYTES + 1, 'a')))).toEqual(expected);
    expect(await readLetterFile(write('huge-utf16.txt', over))).toEqual(expected);
  });

  it('reads a PDF or Word file by its content, whatever its name, and gives the code of the reader when it cannot', async () => {
    const pdf = await readLetterFile(write('kent.txt', readFileSync(realCopy('004_5ab39e3c457a8afd.txt', 'pdf'))));
    const docx = await readLetterFile(write('kent', readFileSync(realCopy('004_5ab39e3c457a8afd.txt', 'docx'))));
    for (const read of [pdf, docx]) expect('text' in read && read.text).toContain('Kent County Council');
    expect(await readLetterFile(path.join(PDF_FIXTURES, 'encrypted-letter.pdf'))).toEqual({
      error: { code: 'ENCRYPTED_PDF', message: 'the PDF is protected by a password, so its text cannot be read' },
    });
  });

  it('reads a PDF past the text limit, up to the document limit, and refuses a larger one without reading it', async () => {
    // A real letter's PDF with six megabytes of comment lines after it: pdf.js still finds its objects.
    const padding = Buffer.alloc(MAX_LETTER_FILE_BYTES + 1024 * 1024, '%\n');
    const padded = write('padded.pdf', Buffer.concat([readFileSync(realCopy('004_5ab39e3c457a8afd.txt', 'pdf')), padding]));
    const read = await readLetterFile(padded);
    expect('text' in read && read.text).toContain('Kent County Council');
    const huge = write('huge.pdf', '%PDF-1.4\n');
    truncateSync(huge, MAX_DOCUMENT_BYTES + 1);
    expect(await readLetterFile(huge)).toEqual({
      error: {
        code: 'FILE_TOO_LARGE',
        message: `The file is ${MAX_DOCUMENT_BYTES + 1} bytes; PDF and Word letters are at most ${MAX_DOCUMENT_BYTES} bytes`,
      },
    });
  });
});
