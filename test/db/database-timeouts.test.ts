import type { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_TUNING } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { isDatabaseUnavailable } from '../../src/db/database-errors';
import { type PrivateMariaDb, startPrivateMariaDb } from '../helpers/private-mariadb';

/** Short waits, so a test that would hang without them ends within jest's timeout instead. */
const TUNING = { ...DEFAULT_DATABASE_TUNING, poolSize: 2, connectTimeoutMs: 500, acquireTimeoutMs: 500, queryTimeoutMs: 500 };

async function settle(dataSource: DataSource, count: number): Promise<Array<PromiseSettledResult<unknown>>> {
  return Promise.allSettled(Array.from({ length: count }, (_, index) => dataSource.query(`SELECT ${index} AS n`)));
}

describe('a MariaDB that stops answering', () => {
  let mariadb: PrivateMariaDb;
  let dataSource: DataSource;

  beforeAll(async () => {
    mariadb = await startPrivateMariaDb();
    dataSource = createDataSource({ type: 'mysql', url: mariadb.url }, { tuning: TUNING });
    await dataSource.initialize();
  }, 60_000);

  afterAll(async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await mariadb.destroy();
  });

  it('fails every statement as unavailable while paused, more statements than connections included, and recovers', async () => {
    await settle(dataSource, 2);
    await mariadb.pause();
    try {
      // two run and time out, four queue for a connection and time out waiting
      const paused = await settle(dataSource, 6);
      expect(paused.map((result) => result.status)).toEqual(Array(6).fill('rejected'));
      for (const result of paused) expect(isDatabaseUnavailable((result as PromiseRejectedResult).reason)).toBe(true);
    } finally {
      mariadb.resume();
    }
    const resumed = await settle(dataSource, 4);
    expect(resumed.map((result) => result.status)).toEqual(Array(4).fill('fulfilled'));
  }, 20_000);

  it('fails as unavailable while the server is killed and serves again once it is back', async () => {
    await mariadb.kill();
    const down = await settle(dataSource, 3);
    for (const result of down) {
      expect(result.status).toBe('rejected');
      expect(isDatabaseUnavailable((result as PromiseRejectedResult).reason)).toBe(true);
    }
    await mariadb.start();
    const up = await settle(dataSource, 3);
    expect(up.map((result) => result.status)).toEqual(Array(3).fill('fulfilled'));
  }, 60_000);
});
