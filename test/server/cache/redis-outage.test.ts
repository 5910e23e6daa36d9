import { PassThrough } from 'node:stream';
import { createRedisCache, responseNamespace } from '../../../src/server/cache/server-caches';
import { createLogger } from '../../../src/server/logging/logger';
import { startPrivateRedis, type PrivateRedis } from '../../helpers/private-redis';
import { SqlStatementCounter } from '../../helpers/sql-statement-counter';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';
import { startCachedServer, type CachedServer } from './cached-test-server';

const QUERY = '{ authority(laCode: "886") { name } }';

describe('a Redis cache that stops answering', () => {
  const statements = new SqlStatementCounter();
  /** What the server's logger wrote: the outage and the recovery are logged there. */
  const logStream = new PassThrough();
  let logText = '';
  logStream.on('data', (chunk: Buffer) => {
    logText += chunk.toString('utf8');
  });
  let redis: PrivateRedis;
  let database: TestDatabase;
  let api: CachedServer;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    database = await createTestDatabase('sqlite', statements);
    api = await startCachedServer(
      database,
      { store: 'redis', url: redis.url, namespace: 'outage', timeoutMs: 100 },
      undefined,
      createLogger({ destination: logStream, pretty: false }),
    );
  });

  afterAll(async () => {
    await api.stop();
    await database.drop();
    await redis.stop();
  });

  it('answers from the database while Redis is paused, then uses the cache again once it is back', async () => {
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
    // the outage and the recovery are logged
    expect(logText).toMatch(/not answering; serving without it/);
    expect(logText).toMatch(/answering again/);
  }, 30_000);

  it('clears right after the client is created, before it has connected', async () => {
    const writer = createRedisCache(redis.url, responseNamespace('fresh'));
    await writer.cache.set('some-response', 'cached');
    expect(await writer.cache.get('some-response')).toBe('cached');
    const freshLog = new PassThrough();
    let freshLogText = '';
    freshLog.on('data', (chunk: Buffer) => {
      freshLogText += chunk.toString('utf8');
    });
    // a fresh client's first commands, sent together while it is still connecting (a server's
    // first requests, a clear at start-up)
    const fresh = createRedisCache(redis.url, responseNamespace('fresh'), 1_000, createLogger({ destination: freshLog, pretty: false }));
    await Promise.all([fresh.cache.get('other'), fresh.clear(), fresh.cache.get('another')]);
    await fresh.close();
    // nothing went wrong, so nothing was logged (a ClientOfflineError would be a warning here)
    expect(freshLogText).toBe('');
    expect(await writer.cache.get('some-response')).toBeUndefined();
    await writer.close();
  });
});
