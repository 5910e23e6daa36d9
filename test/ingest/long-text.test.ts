import { Assessment, LetterPassage } from '../../src/entities/index';
import { ingestLetter } from '../../src/ingest/ingest-letter';
import type { IngestOutcome, IngestSuccess } from '../../src/ingest/ingest-outcome';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { MAX_LONG_TEXT_CHARS } from '../../src/entities/column-widths';
import { countRows, LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';

const KENT = readBundledLetter(LETTER_FILES.kentRating2009);
const SUMMARY_ANCHOR = 'Performance against a very large majority of the national indicators';

/**
 * Kent's real letter with a paragraph of about `chars` characters added to its summary: each
 * sentence numbered, so none repeats, and about meetings, so none reads as a setting judgement.
 */
function kentWithLongSummary(chars: number): string {
  const sentences: string[] = [];
  let length = 0;
  for (let number = 1; length < chars; number += 1) {
    const sentence = `Officers met on occasion ${number} to review the progress of the plan.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return KENT.replace(SUMMARY_ANCHOR, `${sentences.join(' ')}\n\n${SUMMARY_ANCHOR}`);
}

function parsed(text: string): ParsedLetter {
  const result = parseLetter(text);
  if (!result.ok) throw new Error(`the test letter does not parse: ${result.error.code}`);
  return result.letter;
}

function succeeded(outcome: IngestOutcome): IngestSuccess {
  if (outcome.status === 'failed') throw new Error(`expected the letter to be stored, got ${outcome.error.code}: ${outcome.error.message}`);
  if (outcome.status === 'conflict')
    throw new Error(`expected the letter to be stored, got a conflict with assessment ${outcome.assessmentId}`);
  return outcome;
}

describe.each(ENGINES)('long text columns on %s', (engine) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });

  afterEach(async () => {
    await database.drop();
  });

  it('stores a 100,000-character summary whole (more than a 64 KB TEXT column holds)', async () => {
    const text = kentWithLongSummary(100_000);
    const letter = parsed(text);
    expect(letter.summary.length).toBeGreaterThan(100_000);

    const outcome = succeeded(await ingestLetter(database.dataSource, { text, fileName: 'kent-long.txt' }));

    const stored = await database.dataSource.getRepository(Assessment).findOneByOrFail({ id: outcome.assessmentId });
    expect(stored.summary).toBe(letter.summary);
    const passages = await database.dataSource.getRepository(LetterPassage).countBy({ assessmentId: outcome.assessmentId });
    expect(passages).toBeGreaterThan(1_000);
  });

  it('fails a letter whose summary parses to more than the limit as INVALID_LETTER and writes nothing', async () => {
    const text = kentWithLongSummary(MAX_LONG_TEXT_CHARS + 1);
    expect(parsed(text).summary.length).toBeGreaterThan(MAX_LONG_TEXT_CHARS);

    const outcome = await ingestLetter(database.dataSource, { text, fileName: 'kent-huge.txt' });

    expect(outcome).toEqual({
      status: 'failed',
      error: {
        code: 'INVALID_LETTER',
        message: `The letter cannot be stored: the summary is longer than ${MAX_LONG_TEXT_CHARS} characters`,
      },
    });
    expect(await countRows(database.dataSource)).toEqual({ sourceLetters: 0, assessments: 0, outcomeAreas: 0, settingJudgements: 0 });
    expect(await database.dataSource.getRepository(LetterPassage).count()).toBe(0);
  });

  it('stores a summary of exactly the limit in four-byte characters, the most bytes the limit allows', async () => {
    // Real letters hold no such text, so the parse is altered: the seam ingestLetter offers for this.
    const widest = '😀'.repeat(MAX_LONG_TEXT_CHARS);
    const parse = (text: string) => {
      const result = parseLetter(text);
      if (result.ok) result.letter.summary = widest;
      return result;
    };

    const outcome = succeeded(await ingestLetter(database.dataSource, { text: KENT, fileName: 'kent.txt' }, { parse }));

    const stored = await database.dataSource.getRepository(Assessment).findOneByOrFail({ id: outcome.assessmentId });
    expect(stored.summary === widest).toBe(true);
  });
});
