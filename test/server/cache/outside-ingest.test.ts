import { ingestLetter } from '../../../src/ingest/ingest-letter';
import { createTestDatabase, ENGINES, type TestDatabase } from '../../helpers/test-database';
import { startCachedServer, type CachedServer } from './cached-test-server';
import { KENT_LETTER, loadLettersExceptKent } from './caching-fixtures';

const KENT = '{ authority(laCode: "886") { assessments { year overallGrade } } }';
type KentData = { authority: { assessments: Array<{ year: number; overallGrade: number }> } };

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe.each(ENGINES)('in-memory response cache and letters stored by another process, on %s', (engine) => {
  let database: TestDatabase;
  let api: CachedServer;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadLettersExceptKent(database.dataSource);
    api = await startCachedServer(database, { store: 'memory' }, 50);
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('notices a letter stored behind its back and stops serving the cached answer', async () => {
    const before = await api.post<KentData>(KENT);
    expect(before.body.data?.authority.assessments).toEqual([]);
    expect((await api.post<KentData>(KENT)).headers.get('age')).not.toBeNull();

    // What the `ingest` command does: write to the database, not through this server.
    const outcome = await ingestLetter(database.dataSource, { text: KENT_LETTER, fileName: null });
    expect(outcome.status).toBe('ingested');

    const seen = await until(async () => {
      const response = await api.post<KentData>(KENT);
      return response.body.data?.authority.assessments.length === 1;
    }, 5_000);
    expect(seen).toBe(true);
  });
});
