import type { DataSource } from 'typeorm';
import { rebuildSummaries } from '../../../src/db/summaries/rebuild-summaries';
import { SUMMARY_KEYS, SUMMARY_TABLE, type SummaryTableName } from '../../../src/db/summaries/summary-tables';
import { ingestLetter } from '../../../src/ingest/ingest-letter';
import { compareSummariesWithRecount } from '../../../src/resolvers/aggregates/check-summaries';
import { LETTER_FILES, readBundledLetter } from '../../helpers/bundled-letters';
import { loadBundledLetters } from '../../helpers/load-letters';
import { authoritiesOf2009, syntheticGrade, syntheticRatingLetter } from '../../helpers/synthetic-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../helpers/test-database';
import { worcestershireRatingFor } from '../../helpers/incomplete-letters';
import { ingestOrFail, referenceAuthority, syntheticApaLetter } from '../../resolvers/aggregates/aggregate-fixtures';

const KENT = readBundledLetter(LETTER_FILES.kentRating2009);
const KENT_CORRECTED = KENT.replace('Performs well (3)', 'Performs excellently (4)');
const SOME_2009_AUTHORITIES = authoritiesOf2009()
  // Shropshire (893) gets a letter with an unread statement of its own.
  .filter((authority) => !['886', '800', '835', '885', '893'].includes(authority.laCode))
  .slice(0, 30);

async function replaceOrFail(dataSource: DataSource, text: string, fileName: string): Promise<void> {
  const outcome = await ingestLetter(dataSource, { text, fileName }, { replace: true });
  if (outcome.status !== 'replaced') throw new Error(`${fileName}: expected a replacement, got ${outcome.status}`);
}

/**
 * The summary rows that count something, order aside (a replacement can leave a row of zeros; a
 * rebuild does not). Only the counted columns decide: a key such as the year is never zero.
 */
async function countingRows(dataSource: DataSource): Promise<Record<string, string[]>> {
  const rows: Record<string, string[]> = {};
  for (const [name, table] of Object.entries(SUMMARY_TABLE)) {
    const keys: readonly string[] = name in SUMMARY_KEYS ? SUMMARY_KEYS[name as SummaryTableName] : [];
    const read: Array<Record<string, unknown>> = await dataSource.query(`SELECT * FROM ${table}`);
    rows[name] = read
      .map(({ id: _id, ...row }) => row)
      .filter((row) => Object.entries(row).some(([column, value]) => !keys.includes(column) && value !== null && Number(value) !== 0))
      .map((row) => JSON.stringify(Object.entries(row).map(([column, value]) => [column, value === null ? null : String(value)])))
      .sort();
  }
  return rows;
}

/**
 * The sum of the `incomplete` column of each table, over the 2009 rows that count every source:
 * one incomplete letter shows as 1 in each (it judges settings, so it has coverage and judgement rows).
 */
async function incompleteSums(dataSource: DataSource): Promise<Record<'grades' | 'settingCoverage' | 'settingJudgements', number>> {
  const sum = async (sql: string): Promise<number> => Number(((await dataSource.query(sql)) as { n: unknown }[])[0].n);
  return {
    grades: await sum(`SELECT SUM(incomplete) AS n FROM ${SUMMARY_TABLE.grades} WHERE year = 2009`),
    // Per setting the letter judges: take one it judges for certain, pupil referral units.
    settingCoverage: await sum(
      `SELECT SUM(incomplete) AS n FROM ${SUMMARY_TABLE.settingCoverage}
       WHERE year = 2009 AND setting = 'PUPIL_REFERRAL_UNITS' AND source_filter = 'ANY'`,
    ),
    settingJudgements: await sum(
      `SELECT SUM(incomplete) AS n FROM ${SUMMARY_TABLE.settingJudgements}
       WHERE year = 2009 AND setting = 'PUPIL_REFERRAL_UNITS' AND source_filter = 'ANY' AND judgement = 'OUTSTANDING'`,
    ),
  };
}

describe.each(ENGINES)('summary rows against a full recount (%s)', (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
  });

  it('agree on an empty database, as migrated', async () => {
    expect(await compareSummariesWithRecount(database.dataSource)).toEqual([]);
  }, 60_000);

  it('agree after letters of both kinds, including authorities outside their year population', async () => {
    const { dataSource } = database;
    await loadBundledLetters(dataSource);
    // Five at a time: concurrent transactions add to the same summary rows.
    for (let start = 0; start < SOME_2009_AUTHORITIES.length; start += 5) {
      await Promise.all(
        SOME_2009_AUTHORITIES.slice(start, start + 5).map((authority) =>
          ingestOrFail(dataSource, syntheticRatingLetter(authority), `synthetic-${authority.laCode}.txt`),
        ),
      );
    }
    for (const [laCode, grade, year] of [
      ['390', 2, 2006],
      ['390', 3, 2007],
      ['886', 4, 2008],
      // Central Bedfordshire was established on 1 April 2009: a 2006 letter falls outside its population.
      ['823', 1, 2006],
    ] as const) {
      await ingestOrFail(dataSource, syntheticApaLetter(referenceAuthority(laCode), grade, year), `apa-${laCode}-${year}.txt`);
    }
    // Bedfordshire was abolished on 1 April 2009, before the 2009 population day.
    await ingestOrFail(dataSource, syntheticRatingLetter(referenceAuthority('820'), 2), 'synthetic-820.txt');
    // A letter the parser could not read completely (an unread statement about children's homes).
    await ingestOrFail(dataSource, worcestershireRatingFor('Shropshire Council', { complete: false }), 'shropshire-unread.txt');

    const [{ n }] = (await dataSource.query(`SELECT SUM(outside_population) AS n FROM ${SUMMARY_TABLE.grades}`)) as { n: unknown }[];
    expect(Number(n)).toBe(2);
    expect(await incompleteSums(dataSource)).toEqual({ grades: 1, settingCoverage: 1, settingJudgements: 1 });
    expect(await compareSummariesWithRecount(dataSource)).toEqual([]);
  }, 240_000);

  it('agree after replacements that change grades and setting judgements', async () => {
    const { dataSource } = database;
    await replaceOrFail(dataSource, KENT_CORRECTED, 'kent-corrected.txt');
    // Kent's real letter judges many settings; the synthetic one judges others: its summaries must move.
    await replaceOrFail(dataSource, syntheticRatingLetter(referenceAuthority('886'), 1), 'kent-synthetic.txt');
    for (const authority of SOME_2009_AUTHORITIES.slice(0, 10)) {
      await replaceOrFail(
        dataSource,
        syntheticRatingLetter(authority, ((syntheticGrade(authority) % 4) + 1) as 1 | 2 | 3 | 4),
        `again-${authority.laCode}.txt`,
      );
    }
    await replaceOrFail(dataSource, syntheticApaLetter(referenceAuthority('390'), 4, 2006), 'apa-390-2006-again.txt');
    // Completeness changes both ways: Shropshire's letter is now read completely, Worcestershire's is not.
    await replaceOrFail(dataSource, worcestershireRatingFor('Shropshire Council', { complete: true }), 'shropshire-read.txt');
    await replaceOrFail(
      dataSource,
      worcestershireRatingFor('Worcestershire County Council', { complete: false }),
      'worcestershire-unread.txt',
    );
    expect(await incompleteSums(dataSource)).toEqual({ grades: 1, settingCoverage: 1, settingJudgements: 1 });
    expect(await compareSummariesWithRecount(dataSource)).toEqual([]);
  }, 240_000);

  it('hold the same counts as a rebuild from scratch', async () => {
    const { dataSource } = database;
    const maintained = await countingRows(dataSource);
    expect(maintained.grades.length).toBeGreaterThan(0);
    expect(maintained.settingJudgements.length).toBeGreaterThan(0);
    await dataSource.transaction((manager) => rebuildSummaries(manager));
    expect(await countingRows(dataSource)).toEqual(maintained);
  }, 120_000);

  it('are caught by the comparison when a summary row is wrong', async () => {
    const { dataSource } = database;
    await dataSource.query(`UPDATE ${SUMMARY_TABLE.grades} SET grade_1 = grade_1 + 1, assessed = assessed + 1 WHERE year = 2009`);
    await dataSource.query(`UPDATE ${SUMMARY_TABLE.settingJudgements} SET mentions = mentions + 1 WHERE year = 2009`);
    const differences = await compareSummariesWithRecount(dataSource);
    expect(differences.some((difference) => difference.aggregate === 'ratingDistribution')).toBe(true);
    expect(differences.some((difference) => difference.aggregate === 'settingJudgementSummary')).toBe(true);
    await dataSource.transaction((manager) => rebuildSummaries(manager));
    expect(await compareSummariesWithRecount(dataSource)).toEqual([]);
  }, 120_000);

  it('are caught by the comparison when only an incomplete count is wrong', async () => {
    const { dataSource } = database;
    await dataSource.query(`UPDATE ${SUMMARY_TABLE.grades} SET incomplete = incomplete + 1 WHERE year = 2009`);
    await dataSource.query(`UPDATE ${SUMMARY_TABLE.settingJudgements} SET incomplete = incomplete + 1 WHERE year = 2009`);
    const differences = await compareSummariesWithRecount(dataSource);
    expect(differences.some((difference) => difference.aggregate === 'ratingDistribution')).toBe(true);
    expect(differences.some((difference) => difference.aggregate === 'settingJudgementSummary')).toBe(true);
    await dataSource.transaction((manager) => rebuildSummaries(manager));
    expect(await compareSummariesWithRecount(dataSource)).toEqual([]);
  }, 120_000);
});
