import { IncompleteCounts1732000000700 } from '../../../src/db/migrations/1732000000700-incomplete-counts';
import { SUMMARY_TABLE } from '../../../src/db/summaries/summary-tables';
import { ingestLetter } from '../../../src/ingest/ingest-letter';
import { worcestershireRatingFor } from '../../helpers/incomplete-letters';
import { ingestOrFail, loadBundledLetters } from '../../helpers/load-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../helpers/test-database';

const TABLES = [SUMMARY_TABLE.grades, SUMMARY_TABLE.settingCoverage, SUMMARY_TABLE.settingJudgements];

describe.each(ENGINES)('the migration that counts incomplete assessments in the summary rows, on %s', (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadBundledLetters(database.dataSource);
    // Two incomplete letters in one bucket (West Midlands, 2009), one of them by a replacement of a complete one.
    await ingestOrFail(database.dataSource, worcestershireRatingFor('Shropshire Council', { complete: false }), 'shropshire-unread.txt');
    const outcome = await ingestLetter(
      database.dataSource,
      { text: worcestershireRatingFor('Worcestershire County Council', { complete: false }), fileName: 'worcestershire-unread.txt' },
      { replace: true },
    );
    expect(outcome.status).toBe('replaced');
  }, 120_000);
  afterAll(async () => {
    await database.drop();
  });

  /** Every row of the three tables with an incomplete column, in a stable order, as text. */
  async function summaryRows(): Promise<string[]> {
    const rows: string[] = [];
    for (const table of TABLES) {
      const read: Array<Record<string, unknown>> = await database.dataSource.query(`SELECT * FROM ${table}`);
      rows.push(...read.map((row) => `${table} ${JSON.stringify(Object.entries(row).map(([column, value]) => [column, String(value)]))}`));
    }
    return rows.sort();
  }

  it('counts from the stored rows exactly what ingest counted', async () => {
    const written = await summaryRows();
    const [{ n }] = (await database.dataSource.query(`SELECT SUM(incomplete) AS n FROM ${SUMMARY_TABLE.grades}`)) as { n: unknown }[];
    expect(Number(n)).toBe(2);
    const migration = new IncompleteCounts1732000000700();
    const queryRunner = database.dataSource.createQueryRunner();
    try {
      await migration.down(queryRunner);
      for (const table of TABLES) expect((await queryRunner.getTable(table))?.findColumnByName('incomplete')).toBeUndefined();
      await migration.up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    expect(await summaryRows()).toEqual(written);
  }, 60_000);
});
