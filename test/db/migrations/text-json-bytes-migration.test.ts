import { LetterTextJsonBytes1732000000800 } from '../../../src/db/migrations/1732000000800-letter-text-json-bytes';
import { SourceLetter } from '../../../src/entities/index';
import { loadBundledLetters } from '../../helpers/load-letters';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../helpers/test-database';

describe.each(ENGINES)('source_letter.text_json_bytes and its migration on %s', (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadBundledLetters(database.dataSource);
  }, 120_000);

  afterAll(async () => {
    await database.drop();
  });

  async function sizes(): Promise<Array<{ id: number; stored: number; answer: number }>> {
    const letters = await database.dataSource.getRepository(SourceLetter).find({ order: { id: 'ASC' } });
    return letters.map((letter) => ({
      id: letter.id,
      stored: letter.textJsonBytes,
      answer: Buffer.byteLength(JSON.stringify(letter.text)),
    }));
  }

  it('is written by ingest as the bytes each text takes in a JSON answer', async () => {
    const written = await sizes();
    expect(written).toHaveLength(5);
    for (const letter of written) expect(letter.stored).toBe(letter.answer);
  });

  it('undoes itself and backfills the same sizes for letters stored before it', async () => {
    const before = await sizes();
    const migration = new LetterTextJsonBytes1732000000800();
    const queryRunner = database.dataSource.createQueryRunner();
    try {
      await migration.down(queryRunner);
      expect((await queryRunner.getTable('source_letter'))?.findColumnByName('text_json_bytes')).toBeUndefined();
      await migration.up(queryRunner);
      expect((await queryRunner.getTable('source_letter'))?.findColumnByName('text_json_bytes')).toMatchObject({ isNullable: false });
    } finally {
      await queryRunner.release();
    }
    expect(await sizes()).toEqual(before);
  });
});
