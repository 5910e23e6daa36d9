import { createRedisCache, responseNamespace } from '../../../src/server/cache/server-caches';
import { startPrivateRedis, type PrivateRedis } from '../../helpers/private-redis';
import { SqlStatementCounter } from '../../helpers/sql-statement-counter';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';
import { startCachedServer, type CachedServer } from './cached-test-server';

const QUERY = '{ authority(laCode: "886") { name } }';

describe('a Redis cache that stops answering', () => {
  const statements = new SqlStatementCounter();
  let redis: PrivateRedis;
  let database: TestDatabase;
  let api: CachedServer;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    database = await createTestDatabase('sqlite', statements);
    api = await startCachedServer(database, { store: 'redis', url: redis.url, namespace: 'outage', timeoutMs: 100 });
  });

  afterAll(async () => {
    await api.stop();
    await database.drop();
    await redis.stop();
  });

  it('answers from the database while Redis is paused, then uses the cache again once it is back', async () => {
    // the outage and the recovery are logged
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await api.post(QUERY)).status).toBe(200);
    statements.reset();
    await api.post(QUERY);
    // served from the cache
    expect(statements.count).toBe(0);

    redis.pause();
    try {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await api.post<{ authority: { name: string } }>(QUERY);
        expect(response.status).toBe(200);
        expect(response.body.data?.authority.name).toBe('Kent County Council');
      }
    } finally {
      redis.resume();
    }

    // the background probe finds Redis again; then the answer is cached once more
    for (let attempt = 0; ; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await api.post(QUERY);
      statements.reset();
      await api.post(QUERY);
      if (statements.count === 0) break;
      if (attempt > 50) throw new Error('the cache was never used again after Redis resumed');
    }
    expect(log.mock.calls.map(([message]) => String(message))).toEqual(
      expect.arrayContaining([expect.stringMatching(/no answer, serving without it/), expect.stringMatching(/answering again/)]),
    );
    log.mockRestore();
  }, 30_000);

  it('clears right after the client is created, before it has connected', async () => {
    const writer = createRedisCache(redis.url, responseNamespace('fresh'));
    await writer.cache.set('some-response', 'cached');
    expect(await writer.cache.get('some-response')).toBe('cached');
    const errors = jest.spyOn(console, 'error');
    // a fresh client's first commands, sent together while it is still connecting (a server's
    // first requests, a clear at start-up)
    const fresh = createRedisCache(redis.url, responseNamespace('fresh'));
    await Promise.all([fresh.cache.get('other'), fresh.clear(), fresh.cache.get('another')]);
    await fresh.close();
    expect(errors).not.toHaveBeenCalled();
    expect(await writer.cache.get('some-response')).toBeUndefined();
    await writer.close();
  });
});
