import { clearResponseCache } from '../../../src/server/cache/cache-clearing';
import { ingestLetter } from '../../../src/ingest/ingest-letter';
import { referenceAuthorities } from '../../../src/reference/reference-authorities';
import { SqlStatementCounter } from '../../helpers/sql-statement-counter';
import { syntheticRatingLetter } from '../../helpers/synthetic-letters';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';
import { ADMIN_TOKEN, startCachedServer, type CachedServer } from './cached-test-server';
import { cacheSettings, dropRedisNamespace, KENT_LETTER, loadLettersExceptKent, REDIS_URL, uniqueNamespace } from './caching-fixtures';

const KENT_RATING = '{ authority(laCode: "886") { assessments(year: 2009) { overallGrade } } }';
type KentData = { authority: { assessments: Array<{ overallGrade: number }> } };

describe('a Redis response cache shared by two server instances', () => {
  const namespace = uniqueNamespace();
  const statements = new SqlStatementCounter();
  let database: TestDatabase;
  let first: CachedServer;
  let second: CachedServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite', statements);
    await loadLettersExceptKent(database.dataSource);
    first = await startCachedServer(database, cacheSettings('redis', namespace));
    second = await startCachedServer(database, cacheSettings('redis', namespace));
  }, 120_000);

  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
    await dropRedisNamespace(namespace);
  });

  async function kentRating(server: CachedServer): Promise<{ grades: number[]; statements: number }> {
    statements.reset();
    const response = await server.post<KentData>(KENT_RATING);
    expect(response.body.errors).toBeUndefined();
    return { grades: response.body.data!.authority.assessments.map((assessment) => assessment.overallGrade), statements: statements.count };
  }

  it('serves one instance from what the other cached, and an ingest on one clears it for both', async () => {
    expect(await kentRating(first)).toEqual({ grades: [], statements: expect.any(Number) });
    expect(await kentRating(second)).toEqual({ grades: [], statements: 0 });

    const ingested = await first.post<{ ingestLetter: { status: string } }>(
      'mutation Ingest($text: String!) { ingestLetter(text: $text) { status } }',
      { text: KENT_LETTER },
      { authorization: `Bearer ${ADMIN_TOKEN}` },
    );
    expect(ingested.body.data?.ingestLetter.status).toBe('INGESTED');

    const afterIngest = await kentRating(second);
    expect(afterIngest.grades).toEqual([3]);
    expect(afterIngest.statements).toBeGreaterThan(0);
  });

  it('is cleared by clearResponseCache after an ingest outside the servers (the CLI)', async () => {
    await kentRating(first);
    expect((await kentRating(second)).statements).toBe(0);

    const kent = referenceAuthorities().find((authority) => authority.laCode === '886')!;
    const outcome = await ingestLetter(database.dataSource, { text: syntheticRatingLetter(kent, 1), fileName: null }, { replace: true });
    expect(outcome.status).toBe('replaced');
    expect((await kentRating(second)).grades).toEqual([3]);

    expect(await clearResponseCache({ redisUrl: REDIS_URL }, namespace)).toBe(true);
    expect(await kentRating(first)).toEqual({ grades: [1], statements: expect.any(Number) });
    expect(await kentRating(second)).toEqual({ grades: [1], statements: 0 });
  });

  it('does nothing without REDIS_URL: an in-memory cache belongs to its server', async () => {
    expect(await clearResponseCache({ redisUrl: null })).toBe(false);
  });
});
