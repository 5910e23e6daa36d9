import type { DataSource } from 'typeorm';
import { mroongaAvailable, MROONGA_TABLE, searchIndexOf } from '../../src/db/mroonga-search';
import { searchPassages } from '../../src/resolvers/search/search-passages';
import { loadBundledLetters } from '../helpers/load-letters';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/** Passage ids a search finds, sorted: the set, whatever order each index ranks them in. */
async function found(dataSource: DataSource, words: string[]): Promise<number[]> {
  const rows = await searchPassages(dataSource, { words, conditions: {}, offset: 0, limit: 1_000 });
  return rows.map((row) => row.passageId).sort((a, b) => a - b);
}

/**
 * The same data source seen afresh: search decides its index once per data source, so a new
 * object (which reaches the same pool through its prototype) decides again.
 */
function afresh(dataSource: DataSource): DataSource {
  return Object.create(dataSource) as DataSource;
}

const WORDS = [['fostering'], ['children', 'homes'], ['safeguard'], ['pupil', 'referral'], ['camhs'], ['near']];

describe('search on MariaDB with and without Mroonga', () => {
  let database: TestDatabase;
  let mroonga = false;

  beforeAll(async () => {
    database = await createTestDatabase('mysql');
    await loadBundledLetters(database.dataSource);
    mroonga = await mroongaAvailable(database.dataSource);
  }, 180_000);
  afterAll(() => database.drop());

  it('uses Mroonga where the plugin is loaded, and ingest adds every passage to its table', async () => {
    const { dataSource } = database;
    expect(await searchIndexOf(dataSource)).toBe(mroonga ? 'mroonga' : 'innodb');
    if (!mroonga) return;
    const [{ passages }] = (await dataSource.query('SELECT COUNT(*) AS passages FROM letter_passage')) as Array<{ passages: string }>;
    const [{ indexed }] = (await dataSource.query(
      `SELECT COUNT(*) AS indexed FROM ${MROONGA_TABLE} m JOIN letter_passage p ON p.id = m.id AND p.text = m.text`,
    )) as Array<{ indexed: string }>;
    expect(Number(indexed)).toBe(Number(passages));
  });

  it('a rolled-back ingest leaves nothing searchable behind', async () => {
    const { dataSource } = database;
    const before = await found(dataSource, ['fostering']);
    await dataSource
      .transaction(async (manager) => {
        await manager.query(`INSERT INTO letter_passage (assessment_id, position, kind, area, text)
          SELECT assessment_id, 9999, kind, area, 'A fostering passage that was never committed' FROM letter_passage LIMIT 1`);
        const [row] = (await manager.query('SELECT MAX(id) AS id FROM letter_passage')) as Array<{ id: number }>;
        if (mroonga)
          await manager.query(`INSERT INTO ${MROONGA_TABLE} (id, text) SELECT id, text FROM letter_passage WHERE id = ?`, [row.id]);
        throw new Error('rolled back');
      })
      .catch((error: Error) => expect(error.message).toBe('rolled back'));
    expect(await found(dataSource, ['fostering'])).toEqual(before);
  });

  it('finds the same passages on InnoDB FULLTEXT once the Mroonga table is gone', async () => {
    const { dataSource } = database;
    const withMroonga = await Promise.all(WORDS.map((words) => found(dataSource, words)));
    // Most of the words are in the bundled letters: the comparison below is not between empty lists.
    expect(withMroonga.filter((ids) => ids.length > 0).length).toBeGreaterThanOrEqual(4);
    await dataSource.query(`DROP TABLE IF EXISTS ${MROONGA_TABLE}`);
    const fallback = afresh(dataSource);
    expect(await searchIndexOf(fallback)).toBe('innodb');
    expect(await Promise.all(WORDS.map((words) => found(fallback, words)))).toEqual(withMroonga);
  });
});
