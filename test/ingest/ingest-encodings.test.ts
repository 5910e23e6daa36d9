import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseLetterFile } from '../../src/commands/parse.command';
import type { IngestSuccess } from '../../src/ingest/ingest-outcome';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { BUNDLED_LETTERS_DIR, countRows, LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';
import { toUtf16LeWithBom, toWindows1252 } from './encoded-copies';
import { expectedStoredLetter, readStoredLetter } from './stored-letter';

const ENCODINGS = {
  'UTF-16LE with BOM': toUtf16LeWithBom,
  'Windows-1252': toWindows1252,
} as const;
type EncodingName = keyof typeof ENCODINGS;

const LETTERS = Object.values(LETTER_FILES);

function parsedOriginal(file: string): ParsedLetter {
  const result = parseLetter(readBundledLetter(file));
  if (!result.ok) throw new Error(`${file} no longer parses: ${result.error.code}`);
  return result.letter;
}

/** Writes every bundled letter, in the encoding given, into a new folder of its own. */
function writeCopies(encoding: EncodingName): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'og-encoded-'));
  for (const file of LETTERS) writeFileSync(path.join(folder, file), ENCODINGS[encoding](readBundledLetter(file)));
  return folder;
}

it('the Windows-1252 copy of the APA letter is not valid UTF-8, so it tests the fallback', () => {
  const text = readBundledLetter(LETTER_FILES.bathApa2006);
  expect(toWindows1252(text).equals(Buffer.from(text, 'utf8'))).toBe(false);
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(toWindows1252(text))).toThrow();
});

describe.each(Object.keys(ENCODINGS) as EncodingName[])('the parse command on %s copies of the bundled letters', (encoding) => {
  let folder: string;
  beforeAll(() => {
    folder = writeCopies(encoding);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each(LETTERS)('parses %s exactly as the UTF-8 original', async (file) => {
    const copy = path.join(folder, file);
    expect(await parseLetterFile(copy)).toEqual({ file: copy, ...parsedOriginal(file) });
  });
});

describe.each(ENGINES)('ingestPaths on %s', (engine) => {
  describe.each(Object.keys(ENCODINGS) as EncodingName[])('with %s copies of the bundled letters', (encoding) => {
    let database: TestDatabase;
    let folder: string;

    beforeAll(async () => {
      database = await createTestDatabase(engine);
      folder = writeCopies(encoding);
    });

    afterAll(async () => {
      await database.drop();
      rmSync(folder, { recursive: true, force: true });
    });

    it('ingests every copy, storing the decoded text and the parse of the UTF-8 original', async () => {
      const summary = await ingestPaths(database.dataSource, [folder]);

      expect(summary.failed).toEqual([]);
      expect(summary.ingested).toBe(LETTERS.length);
      for (const result of summary.results) {
        const file = path.basename(result.file);
        const { assessmentId } = result.outcome as IngestSuccess;
        expect(await readStoredLetter(database.dataSource, assessmentId)).toEqual(
          expectedStoredLetter(readBundledLetter(file), parsedOriginal(file)),
        );
      }
    });

    it('then finds the UTF-8 originals unchanged: the same letter is the same text in any encoding', async () => {
      const before = await countRows(database.dataSource);
      const summary = await ingestPaths(database.dataSource, [BUNDLED_LETTERS_DIR]);
      expect(summary).toMatchObject({ ingested: 0, replaced: 0, unchanged: LETTERS.length, failed: [] });
      expect(await countRows(database.dataSource)).toEqual(before);
    });
  });
});
