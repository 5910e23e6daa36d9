import { DataSource } from 'typeorm';
import { oneTransactionAtATime } from '../../src/db/one-transaction-at-a-time';
import { MYSQL_SERVER_URL } from '../helpers/test-database';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

/** Runs three overlapping jobs (the first fails) and records when each starts and ends. */
async function overlappingJobs(dataSource: DataSource): Promise<{ log: string[]; results: PromiseSettledResult<string>[] }> {
  const log: string[] = [];
  const job =
    (name: string, fail = false) =>
    async (): Promise<string> => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
  const results = await Promise.allSettled([
    oneTransactionAtATime(dataSource, job('a', true)),
    oneTransactionAtATime(dataSource, job('b')),
    oneTransactionAtATime(dataSource, job('c')),
  ]);
  return { log, results };
}

describe('oneTransactionAtATime', () => {
  it('runs work for one SQLite data source strictly in turn, even after a failure', async () => {
    const { log, results } = await overlappingJobs(new DataSource({ type: 'better-sqlite3', database: ':memory:' }));
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : String(result.reason)))).toEqual([
      'Error: a failed',
      'b',
      'c',
    ]);
  });

  it('lets MariaDB work overlap, since each transaction has its own connection', async () => {
    const { log } = await overlappingJobs(new DataSource({ type: 'mysql', url: `${MYSQL_SERVER_URL}/test` }));
    expect(log.slice(0, 3)).toEqual(['start a', 'start b', 'start c']);
  });
});
