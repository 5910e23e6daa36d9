import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Assessment } from '../../src/entities/index';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import type { IngestProgressEvent } from '../../src/ingest/ingest-progress-reporter';
import { parseLetter } from '../../src/letters/parse-letter';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';
import { BUNDLED_LETTERS_DIR, countRows, LETTER_FILES } from '../helpers/bundled-letters';

const NOT_A_LETTER = 'Minutes of the allotment society, March meeting. Present: six members.';

function parserError(text: string): { code: string; message: string } {
  const result = parseLetter(text);
  if (result.ok) throw new Error('expected the parser to reject the text');
  return result.error;
}

describe.each(ENGINES)('ingestPaths on %s', (engine) => {
  let database: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    folder = mkdtempSync(path.join(os.tmpdir(), 'og-ingest-paths-'));
    mkdirSync(path.join(folder, '2009', 'south-east'), { recursive: true });
    mkdirSync(path.join(folder, 'apa'));
    mkdirSync(path.join(folder, 'notes'));
    const placed: Array<[string, string]> = [
      [LETTER_FILES.bathRating2009, '2009'],
      [LETTER_FILES.worcestershireRating2009, '2009'],
      [LETTER_FILES.dorsetRating2009, '2009/south-east'],
      [LETTER_FILES.kentRating2009, '2009/south-east'],
      [LETTER_FILES.bathApa2006, 'apa'],
    ];
    for (const [file, into] of placed) copyFileSync(path.join(BUNDLED_LETTERS_DIR, file), path.join(folder, into, file));
    writeFileSync(path.join(folder, 'notes', 'minutes.txt'), NOT_A_LETTER);
    writeFileSync(path.join(folder, 'notes', 'empty.md'), '');
    writeFileSync(path.join(folder, 'notes', 'scan.png'), 'not text');
  });

  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('ingests the good letters of a mixed folder, reports each bad file with its reason and leaves a document that is not a letter alone', async () => {
    const events: IngestProgressEvent[] = [];
    const missing = path.join(folder, 'no-such-folder');

    const summary = await ingestPaths(database.dataSource, [folder, missing], { onProgress: (event) => events.push(event) });

    expect(summary).toMatchObject({ ingested: 5, replaced: 0, unchanged: 0 });
    expect(summary.failed).toEqual([
      { file: path.join(folder, 'notes', 'empty.md'), ...parserError('') },
      { file: missing, code: 'FILE_NOT_FOUND', message: 'No such file or folder' },
    ]);
    expect(summary.notLetters).toEqual([{ file: path.join(folder, 'notes', 'minutes.txt'), ...parserError(NOT_A_LETTER) }]);
    expect(summary.results.map((result) => [path.relative(folder, result.file), result.outcome.status])).toEqual([
      [`2009/${LETTER_FILES.bathRating2009}`, 'ingested'],
      [`2009/${LETTER_FILES.worcestershireRating2009}`, 'ingested'],
      [`2009/south-east/${LETTER_FILES.dorsetRating2009}`, 'ingested'],
      [`2009/south-east/${LETTER_FILES.kentRating2009}`, 'ingested'],
      [`apa/${LETTER_FILES.bathApa2006}`, 'ingested'],
      ['notes/empty.md', 'failed'],
      ['notes/minutes.txt', 'skipped'],
      ['no-such-folder', 'failed'],
    ]);
    expect(events[0]).toEqual({ type: 'start', total: 8 });
    expect(events.slice(1).map((event) => (event.type === 'file' ? `${event.index}/${event.total}` : event.type))).toEqual([
      '1/8',
      '2/8',
      '3/8',
      '4/8',
      '5/8',
      '6/8',
      '7/8',
      '8/8',
    ]);
    expect((await countRows(database.dataSource)).assessments).toBe(5);
    const fileNames = (await database.dataSource.query('SELECT file_name FROM source_letter ORDER BY file_name')) as Array<{
      file_name: string;
    }>;
    expect(fileNames.map((row) => row.file_name)).toEqual(Object.values(LETTER_FILES).sort());
  });

  it('a second run over the same folder finds every letter unchanged and writes nothing', async () => {
    const before = await countRows(database.dataSource);
    const summary = await ingestPaths(database.dataSource, [folder]);
    expect(summary).toMatchObject({ ingested: 0, replaced: 0, unchanged: 5 });
    expect(summary.failed.map((failure) => path.basename(failure.file))).toEqual(['empty.md']);
    expect(summary.notLetters.map((document) => path.basename(document.file))).toEqual(['minutes.txt']);
    expect(await countRows(database.dataSource)).toEqual(before);
  });

  it('ingests files named directly and folders together, each letter once', async () => {
    const kent = path.join(folder, '2009', 'south-east', LETTER_FILES.kentRating2009);
    const summary = await ingestPaths(database.dataSource, [kent, path.join(folder, '2009', 'south-east')]);
    expect(summary.results.map((result) => path.basename(result.file))).toEqual([
      LETTER_FILES.kentRating2009,
      LETTER_FILES.dorsetRating2009,
    ]);
    expect(await database.dataSource.getRepository(Assessment).count()).toBe(5);
  });
});
