import path from 'node:path';
import { AssessmentRevision } from '../../src/entities/index';
import { describeOutcome } from '../../src/ingest/format-ingest-report';
import { ingestLetter } from '../../src/ingest/ingest-letter';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { readLetterFile } from '../../src/ingest/read-letter-file';
import { SAME_LETTER_ANOTHER_FORMAT } from '../../src/ingest/same-letter';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter, ParseResult } from '../../src/letters/parsed-letter';
import { BUNDLED_LETTERS_DIR, countRows } from '../helpers/bundled-letters';
import { ENGINES } from '../helpers/test-database';
import { useTestServer } from '../helpers/test-server';

/** The bundled letters as PDFs and Word documents (the same five as ../shared/letters/{pdf,docx}). */
const PDF_DIR = path.resolve(__dirname, '../fixtures/letters/pdf/real');
const DOCX_DIR = path.resolve(__dirname, '../fixtures/letters/docx/real');

interface SourceLetterAnswer {
  authority: {
    assessments: Array<{ sourceLetter: { fileName: string; format: string; text: string }; revisions: Array<{ number: number }> }>;
  };
}

const ADMIN_TOKEN = 'another-format-admin';

const KENT_SOURCE = '{ authority(laCode: "886") { assessments { sourceLetter { fileName format text } revisions { number } } } }';

describe.each(ENGINES)('the same letter in another format, on %s', (engine) => {
  describe('text first, then the PDF and Word copies', () => {
    const api = useTestServer(engine, {
      adminToken: ADMIN_TOKEN,
      seed: async ({ database }) => void (await ingestPaths(database.dataSource, [BUNDLED_LETTERS_DIR])),
    });

    it('is UNCHANGED, "same letter, another format", with and without --replace, and writes nothing', async () => {
      const { dataSource } = api.database;
      const before = await countRows(dataSource);
      const revisionsBefore = await dataSource.getRepository(AssessmentRevision).count();
      expect(before.assessments).toBe(5);

      for (const replace of [false, true]) {
        const summary = await ingestPaths(dataSource, [PDF_DIR, DOCX_DIR], { replace });
        expect({ replace, ingested: summary.ingested, replaced: summary.replaced, unchanged: summary.unchanged }).toEqual({
          replace,
          ingested: 0,
          replaced: 0,
          unchanged: 10,
        });
        expect(summary.conflicts).toEqual([]);
        expect(summary.failed).toEqual([]);
        for (const { outcome } of summary.results) {
          expect(outcome).toMatchObject({ status: 'unchanged', note: SAME_LETTER_ANOTHER_FORMAT });
          expect(describeOutcome(outcome)).toMatch(/^unchanged .* \(same letter, another format\)$/);
        }
      }
      expect(await countRows(dataSource)).toEqual(before);
      expect(await dataSource.getRepository(AssessmentRevision).count()).toBe(revisionsBefore);

      const kent = await api.graphql<SourceLetterAnswer>(KENT_SOURCE);
      const [assessment] = kent.body.data?.authority.assessments ?? [];
      expect(assessment.sourceLetter).toMatchObject({ fileName: '004_5ab39e3c457a8afd.txt', format: 'TEXT' });
      expect(assessment.revisions).toEqual([{ number: 1 }]);
    });

    it('answers the ingestLetter mutation with UNCHANGED and the message', async () => {
      const read = await readLetterFile(path.join(DOCX_DIR, '003_87302fd0eb7a51ec.docx'));
      if ('error' in read) throw new Error(read.error.message);
      const response = await api.graphql<{ ingestLetter: { status: string; message: string | null; error: unknown } }>(
        'mutation ($text: String!) { ingestLetter(text: $text, fileName: "dorset.docx") { status message error { code } } }',
        { text: read.text },
        { authorization: `Bearer ${ADMIN_TOKEN}` },
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.ingestLetter).toEqual({ status: 'UNCHANGED', message: 'same letter, another format', error: null });
    });

    it.each<[string, string, (letter: ParsedLetter) => void]>([
      ['the summary', '003_87302fd0eb7a51ec.pdf', (letter) => (letter.summary += ' Amended.')],
      ['a setting judgement count', '003_87302fd0eb7a51ec.pdf', (letter) => (letter.settingJudgements[0].count = 99)],
      ['the recipient', '003_87302fd0eb7a51ec.pdf', (letter) => letter.recipient && (letter.recipient.name = 'Someone Else')],
      ['an outcome area strength', '001_e2f644057def782b.pdf', (letter) => letter.outcomeAreas[0].strengths.push('One more strength')],
      [
        'an outcome area grade',
        '001_e2f644057def782b.pdf',
        (letter) => (letter.outcomeAreas[2].grade = letter.outcomeAreas[2].grade === 1 ? 2 : 1),
      ],
    ])('is still a CONFLICT when %s differs', async (_field, file, change) => {
      const read = await readLetterFile(path.join(PDF_DIR, file));
      if ('error' in read) throw new Error(read.error.message);
      const parse = (text: string): ParseResult => {
        const parsed = parseLetter(text);
        if (parsed.ok) change(parsed.letter);
        return parsed;
      };
      const outcome = await ingestLetter(api.database.dataSource, { text: read.text, fileName: file }, { parse });
      expect(outcome.status).toBe('conflict');
    });
  });

  describe('PDF first, then the text', () => {
    const api = useTestServer(engine, { seed: async ({ database }) => void (await ingestPaths(database.dataSource, [PDF_DIR])) });

    it('keeps the HTML read from the PDF, says its format, and the text copy is UNCHANGED', async () => {
      const first = await api.graphql<SourceLetterAnswer>(KENT_SOURCE);
      expect(first.body.data?.authority.assessments[0].sourceLetter).toMatchObject({
        fileName: '004_5ab39e3c457a8afd.pdf',
        format: 'HTML',
      });
      const summary = await ingestPaths(api.database.dataSource, [BUNDLED_LETTERS_DIR]);
      expect({ unchanged: summary.unchanged, conflicts: summary.conflicts.length, failed: summary.failed }).toEqual({
        unchanged: 5,
        conflicts: 0,
        failed: [],
      });
    });
  });
});
