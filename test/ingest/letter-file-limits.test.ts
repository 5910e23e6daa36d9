import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseLetterFile } from '../../src/commands/parse.command';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { MAX_LETTER_FILE_BYTES } from '../../src/ingest/read-letter-file';
import { countRows } from '../helpers/bundled-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';

/** Bytes of plain text, `size` long. */
function textBytes(size: number): Buffer {
  return Buffer.alloc(size, 'Not a letter. ');
}

/** UTF-16LE with its byte order mark, `size` bytes in all: half the characters per byte of UTF-8. */
function utf16Bytes(size: number): Buffer {
  const bytes = Buffer.alloc(size, Buffer.from('Not a letter. ', 'utf16le'));
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  return bytes;
}

const FILES: Record<string, Buffer> = {
  'at-limit.txt': textBytes(MAX_LETTER_FILE_BYTES),
  'over-limit.txt': textBytes(MAX_LETTER_FILE_BYTES + 1),
  'utf16-over-limit.txt': utf16Bytes(MAX_LETTER_FILE_BYTES + 1),
};

const TOO_LARGE = {
  code: 'FILE_TOO_LARGE',
  message: `The file is ${MAX_LETTER_FILE_BYTES + 1} bytes; letters are at most ${MAX_LETTER_FILE_BYTES} bytes`,
};

describe.each(ENGINES)('one file size limit for the parse command and ingestPaths on %s', (engine) => {
  let database: TestDatabase;
  let folder: string;
  const file = (name: string): string => path.join(folder, name);

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    folder = mkdtempSync(path.join(os.tmpdir(), 'og-limits-'));
    for (const [name, bytes] of Object.entries(FILES)) writeFileSync(file(name), bytes);
  });

  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a file one byte over the limit as FILE_TOO_LARGE in both, whatever its encoding', async () => {
    for (const name of ['over-limit.txt', 'utf16-over-limit.txt']) {
      expect(await parseLetterFile(file(name))).toEqual({ file: file(name), error: TOO_LARGE });
      const summary = await ingestPaths(database.dataSource, [file(name)]);
      expect(summary.failed).toEqual([{ file: file(name), ...TOO_LARGE }]);
    }
  });

  it('reads a file of exactly the limit in both and gives it to the parser, which judges it the same way', async () => {
    const parsed = await parseLetterFile(file('at-limit.txt'));
    if (!('error' in parsed)) throw new Error('five megabytes of one sentence parsed as a letter');
    expect(parsed.error.code).toBe('NOT_A_LETTER');
    const summary = await ingestPaths(database.dataSource, [file('at-limit.txt')]);
    expect(summary.failed).toEqual([{ file: file('at-limit.txt'), ...parsed.error }]);
  });

  it('reports a missing file alike in both', async () => {
    const missing = file('missing.txt');
    const parsed = await parseLetterFile(missing);
    expect(parsed).toEqual({ file: missing, error: { code: 'FILE_NOT_FOUND', message: 'No such file or folder' } });
    expect((await ingestPaths(database.dataSource, [missing])).failed).toEqual([
      { file: missing, code: 'FILE_NOT_FOUND', message: 'No such file or folder' },
    ]);
    expect((await countRows(database.dataSource)).assessments).toBe(0);
  });
});
