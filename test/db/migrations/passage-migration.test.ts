import { LetterPassage } from '../../../src/entities/index';
import { LetterPassages1732000000100 } from '../../../src/db/migrations/1732000000100-letter-passages';
import { loadBundledLetters } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { search } from '../../resolvers/search/search-fixtures';

describe.each(ENGINES)('the letter passage migration on %s', (engine) => {
  const server = useTestServer(engine, {
    seed: async () => {
      await loadBundledLetters(server.database.dataSource);
    },
    setupTimeout: 60_000,
  });

  async function storedPassages(): Promise<Array<Omit<LetterPassage, 'id'>>> {
    const rows = await server.database.dataSource.getRepository(LetterPassage).find({ order: { assessmentId: 'ASC', position: 'ASC' } });
    return rows.map(({ id: _id, ...passage }) => passage);
  }

  it('undoes itself, and on a database that already holds letters gives them the passages ingest would have written', async () => {
    const written = await storedPassages();
    expect(written.length).toBeGreaterThan(50);
    const migration = new LetterPassages1732000000100();
    const queryRunner = server.database.dataSource.createQueryRunner();
    try {
      await migration.down(queryRunner);
      expect(await queryRunner.hasTable('letter_passage')).toBe(false);
      expect(await queryRunner.hasTable('letter_passage_fts')).toBe(false);

      await migration.up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    expect(await storedPassages()).toEqual(written);
    const page = await search(server, { text: 'CAMHS', first: 10 });
    expect(page.totalCount).toBe(4);
    expect(page.edges[0]?.node.highlighted).toContain('<mark>CAMHS</mark>');
  });
});
