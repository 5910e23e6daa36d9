import type { DataSource, QueryRunner } from 'typeorm';
import { databaseEngine } from './database-engine';
import { StatementScheduler } from './statement-scheduler';

/** Marks a data source already scheduled, so two servers over one data source share one scheduler. */
const SCHEDULED = Symbol('ofsted-graph.scheduled-statements');

/** Statements that may run at once: the pool's connections on MySQL, one on SQLite (whose statements run one at a time anyway). */
function capacityOf(dataSource: DataSource): number {
  if (databaseEngine(dataSource) !== 'mysql') return 1;
  const poolSize = (dataSource.options as { poolSize?: unknown }).poolSize;
  return typeof poolSize === 'number' && poolSize > 0 ? poolSize : 10;
}

/**
 * Sends every statement of the data source, transactions' aside, through a {@link StatementScheduler}. Every statement
 * TypeORM sends, from `dataSource.query`, a query builder, a repository or a transaction, goes
 * through a query runner's `query`, and every query runner comes from `createQueryRunner`, so
 * wrapping that one method covers them all without touching the driver.
 */
export function scheduleStatements(dataSource: DataSource): void {
  const marked = dataSource as DataSource & { [SCHEDULED]?: true };
  if (marked[SCHEDULED]) return;
  marked[SCHEDULED] = true;
  const scheduler = new StatementScheduler(capacityOf(dataSource));
  const pooled = databaseEngine(dataSource) === 'mysql';
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = createQueryRunner(...args) as QueryRunner & { [SCHEDULED]?: true };
    // The SQLite driver hands out the same runner every time: wrapped twice, a statement would wait for its own place.
    if (runner[SCHEDULED]) return runner;
    runner[SCHEDULED] = true;
    const query = runner.query.bind(runner) as (...queryArgs: unknown[]) => Promise<unknown>;
    // A statement on a connection the runner already holds (a transaction's, or a runner's second statement on
    // MySQL) goes straight to it: queued behind statements that wait for a connection, it would keep that
    // connection from ever coming back (ingestLetter's concurrent transactions deadlocked so). SQLite has no pool.
    const holdsConnection = (): boolean =>
      runner.isTransactionActive || (pooled && (runner as QueryRunner & { databaseConnection?: unknown }).databaseConnection != null);
    runner.query = ((...queryArgs: unknown[]) =>
      holdsConnection() ? query(...queryArgs) : scheduler.run(() => query(...queryArgs))) as QueryRunner['query'];
    return runner;
  };
}
