import type { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_TUNING } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { type RunningServer, startServer } from '../../src/server/start-server';
import { postGraphQL, testSchema } from '../helpers/graphql-over-http';
import { type PrivateMariaDb, startPrivateMariaDb } from '../helpers/private-mariadb';

/** Short waits, so a request that would hang without them ends within jest's timeout instead. */
const TUNING = { ...DEFAULT_DATABASE_TUNING, poolSize: 3, connectTimeoutMs: 500, acquireTimeoutMs: 500, queryTimeoutMs: 500 };
const QUERY = '{ authorities(first: 3) { edges { node { name } } } }';

describe('the server while its MariaDB is paused or killed', () => {
  let mariadb: PrivateMariaDb;
  let dataSource: DataSource;
  let server: RunningServer;

  beforeAll(async () => {
    mariadb = await startPrivateMariaDb();
    dataSource = createDataSource({ type: 'mysql', url: mariadb.url }, { tuning: TUNING });
    await dataSource.initialize();
    await dataSource.runMigrations();
    server = await startServer({
      dataSource,
      adminToken: null,
      schema: await testSchema(),
      port: 0,
      host: '127.0.0.1',
      readinessTimeoutMs: 300,
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await mariadb?.destroy();
  });

  async function readyz(): Promise<{ status: number; body: { status: string; reason?: string } }> {
    const response = await fetch(new URL('/readyz', server.url));
    return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
  }

  async function expectUnavailable(): Promise<void> {
    const responses = await Promise.all(Array.from({ length: 8 }, () => postGraphQL(server.url, QUERY)));
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(response.body)).not.toMatch(/SELECT|127\.0\.0\.1|timeout|ECONN/i);
    }
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(JSON.stringify(ready.body)).not.toMatch(/127\.0\.0\.1|root/);
  }

  async function expectServing(): Promise<void> {
    const response = await postGraphQL<{ authorities: { edges: unknown[] } }>(server.url, QUERY);
    expect(response.status).toBe(200);
    expect(response.body.data?.authorities.edges).toHaveLength(3);
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', database: 'mysql' } });
  }

  it('is ready and serves while the database answers', async () => {
    await expectServing();
  });

  it('answers 503 DATABASE_UNAVAILABLE quickly while the database is paused, more requests than connections included', async () => {
    await mariadb.pause();
    try {
      await expectUnavailable();
    } finally {
      mariadb.resume();
    }
    await expectServing();
  }, 20_000);

  it('answers 503 while the database is killed and serves again once it is back', async () => {
    await mariadb.kill();
    await expectUnavailable();
    await mariadb.start();
    await expectServing();
  }, 60_000);

  /** A download asked for while the database does not answer: its status and its whole body. */
  async function exportDuringOutage(): Promise<{ status: number; type: string | null; body: string }> {
    const response = await fetch(new URL('/export/assessments.csv?year=2009', server.url));
    return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  }

  it('answers an export with 503 before its first byte while the database is paused or killed', async () => {
    await mariadb.pause();
    try {
      const paused = await exportDuringOutage();
      expect(paused).toEqual({ status: 503, type: expect.stringContaining('application/json'), body: expect.any(String) });
      expect(JSON.parse(paused.body)).toEqual({
        errors: [{ message: 'The database is unavailable; try again shortly', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
      });
    } finally {
      mariadb.resume();
    }
    await mariadb.kill();
    const killed = await exportDuringOutage();
    expect(killed.status).toBe(503);
    expect(killed.body).not.toMatch(/SELECT|127\.0\.0\.1|ECONN/i);
    await mariadb.start();
    await expectServing();
    const served = await exportDuringOutage();
    expect(served.status).toBe(200);
    // The database holds no letters: the header line alone.
    expect(served.body.split('\r\n').filter(Boolean)).toHaveLength(1);
  }, 60_000);

  it('says 503 "shutting down" once draining, while still answering queries', async () => {
    server.drain();
    expect(await readyz()).toEqual({ status: 503, body: { status: 'unavailable', reason: 'shutting down' } });
    expect((await postGraphQL(server.url, QUERY)).status).toBe(200);
  });
});
