import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_LETTER_FILE_BYTES, readLetterFile } from '../../../src/ingest/read-letter-file';

describe('readLetterFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'og-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file as UTF-8 text', async () => {
    const file = path.join(dir, 'letter.txt');
    writeFileSync(file, 'Dear Ms Turner – children’s services', 'utf8');
    expect(await readLetterFile(file)).toEqual({ text: 'Dear Ms Turner – children’s services' });
  });

  it('reports a missing file without throwing', async () => {
    expect(await readLetterFile(path.join(dir, 'gone.txt'))).toEqual({
      error: { code: 'FILE_NOT_FOUND', message: 'The file disappeared before it could be read' },
    });
  });

  it('reports a folder as unreadable', async () => {
    const result = await readLetterFile(dir);
    expect(result).toEqual({ error: { code: 'UNREADABLE_FILE', message: expect.stringContaining('EISDIR') } });
  });

  it('refuses a file far larger than any letter without reading it', async () => {
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, Buffer.alloc(MAX_LETTER_FILE_BYTES + 1, 'a'));
    expect(await readLetterFile(file)).toEqual({
      error: { code: 'FILE_TOO_LARGE', message: `The file is ${MAX_LETTER_FILE_BYTES + 1} bytes; letters are at most ${MAX_LETTER_FILE_BYTES} bytes` },
    });
  });
});
