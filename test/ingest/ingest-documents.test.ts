import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Assessment } from '../../src/entities/index';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { parseLetter } from '../../src/letters/parse-letter';
import { countRows } from '../helpers/bundled-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';
import { LETTER_FIXTURES } from '../letters/expected-letter';
import { PDF_FIXTURES, realCopy } from '../letters/pdf/pdf-fixtures';

/** A folder's own README: about letters, quoting none. */
const README = [
  '# Inspection letters',
  '',
  'This folder holds the letters Ofsted sent the council, as PDF and Word files.',
  'Run `ofsted-graph ingest` on it to load them. Ask the data team before adding files.',
].join('\n');

/** A local news story about inspections: names a council and Ofsted, is no letter. */
const NEWS_ARTICLE = [
  '<html><body><h1>Council welcomes inspectors\u2019 report</h1>',
  '<p>Kent County Council said on Tuesday it was pleased with the findings of Ofsted inspectors,',
  'who visited schools and children\u2019s homes across the county this autumn.</p>',
  '<p>A spokesperson said the council would publish its response next month.</p></body></html>',
].join('\n');

/** What the parser says of a text that is not a letter (ingestion must report exactly that). */
function parserError(text: string): { code: string; message: string } {
  const result = parseLetter(text);
  if (result.ok) throw new Error('expected the parser to refuse the text');
  return result.error;
}

/** The five real letters, three as PDF and two as Word (one form each: two forms of one letter would replace each other). */
const LETTERS: ReadonlyArray<[string, 'pdf' | 'docx']> = [
  ['000_17a4590a237525fb.txt', 'pdf'],
  ['001_e2f644057def782b.txt', 'pdf'],
  ['002_b774c7640ba4b2c6.txt', 'pdf'],
  ['003_87302fd0eb7a51ec.txt', 'docx'],
  ['004_5ab39e3c457a8afd.txt', 'docx'],
];

describe.each(ENGINES)('ingestPaths over a folder of PDF and Word letters among other files on %s', (engine) => {
  let database: TestDatabase;
  let folder: string;
  const file = (name: string): string => path.join(folder, name);

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    folder = mkdtempSync(path.join(os.tmpdir(), 'og-ingest-documents-'));
    mkdirSync(file('letters'));
    for (const [name, form] of LETTERS) copyFileSync(realCopy(name, form), file(`letters/${path.basename(realCopy(name, form))}`));
    writeFileSync(file('README.md'), README);
    writeFileSync(file('news-article.html'), NEWS_ARTICLE);
    copyFileSync(path.join(PDF_FIXTURES, 'encrypted-letter.pdf'), file('letters/encrypted.pdf'));
    const kentPdf = readFileSync(realCopy('004_5ab39e3c457a8afd.txt', 'pdf'));
    writeFileSync(file('letters/damaged.pdf'), Buffer.concat([kentPdf.subarray(0, 16), Buffer.from('\u0000garbage, no objects at all')]));
    writeFileSync(file('photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores the letters, reports every damaged file with its reason and leaves other documents and files alone', async () => {
    const summary = await ingestPaths(database.dataSource, [folder]);

    expect(summary).toMatchObject({ ingested: 5, replaced: 0, unchanged: 0, skipped: [file('photo.png')] });
    expect(summary.failed).toEqual([
      { file: file('letters/damaged.pdf'), code: 'UNREADABLE_PDF', message: expect.stringMatching(/^the PDF cannot be read: /) as string },
      {
        file: file('letters/encrypted.pdf'),
        code: 'ENCRYPTED_PDF',
        message: 'the PDF is protected by a password, so its text cannot be read',
      },
    ]);
    // Documents that are read and are not letters are left alone, with the parser's reason.
    expect(summary.notLetters).toEqual([
      { file: file('README.md'), ...parserError(README) },
      { file: file('news-article.html'), ...parserError(NEWS_ARTICLE) },
    ]);
    expect(await countRows(database.dataSource)).toMatchObject({ sourceLetters: 5, assessments: 5 });
  });

  it('stores from each PDF and Word file what its text gives', async () => {
    const stored = await database.dataSource.getRepository(Assessment).find({ order: { id: 'ASC' } });
    const fromText = LETTERS.map(([name]) => {
      const result = parseLetter(readFileSync(path.join(LETTER_FIXTURES, 'real', name), 'utf8'));
      if (!result.ok) throw new Error(`${name} did not parse`);
      const { kind, year, publishedOn, overallGrade, capacityToImproveGrade, socialCareGrade, summary } = result.letter;
      return { kind, year, publishedOn, overallGrade, capacityToImproveGrade, socialCareGrade, summary };
    });
    expect(
      stored.map(({ kind, year, publishedOn, overallGrade, capacityToImproveGrade, socialCareGrade, summary }) => ({
        kind,
        year,
        publishedOn,
        overallGrade,
        capacityToImproveGrade,
        socialCareGrade,
        summary,
      })),
    ).toEqual(fromText);
  });

  it('finds every PDF and Word letter unchanged on a second run: reading them is deterministic', async () => {
    const before = await countRows(database.dataSource);
    const summary = await ingestPaths(database.dataSource, [folder]);
    expect(summary).toMatchObject({ ingested: 0, replaced: 0, unchanged: 5 });
    expect(await countRows(database.dataSource)).toEqual(before);
  });
});
