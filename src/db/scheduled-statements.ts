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
 * Sends every statement of the data source through a {@link StatementScheduler}. Every statement
 * TypeORM sends, from `dataSource.query`, a query builder, a repository or a transaction, goes
 * through a query runner's `query`, and every query runner comes from `createQueryRunner`, so
 * wrapping that one method covers them all without touching the driver.
 */
export function scheduleStatements(dataSource: DataSource): void {
  const marked = dataSource as DataSource & { [SCHEDULED]?: true };
  if (marked[SCHEDULED]) return;
  marked[SCHEDULED] = true;
  const scheduler = new StatementScheduler(capacityOf(dataSource));
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = createQueryRunner(...args) as QueryRunner & { [SCHEDULED]?: true };
    // The SQLite driver hands out the same runner every time: wrapped twice, a statement would wait for its own place.
    if (runner[SCHEDULED]) return runner;
    runner[SCHEDULED] = true;
    const query = runner.query.bind(runner) as (...queryArgs: unknown[]) => Promise<unknown>;
    runner.query = ((...queryArgs: unknown[]) => scheduler.run(() => query(...queryArgs))) as QueryRunner['query'];
    return runner;
  };
}
