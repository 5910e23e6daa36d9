import type { DataSource } from 'typeorm';
import { databaseEngine } from './database-engine';

/** The tail of each SQLite data source's queue of transactions; weak so closed data sources are forgotten. */
const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` after every earlier call for the same SQLite data source has settled; on other
 * engines it runs at once. TypeORM gives a better-sqlite3 data source a single query runner,
 * so two overlapping `transaction()` calls would nest as savepoints of one transaction, and a
 * rollback of either could undo or commit the other's rows. MariaDB hands each transaction its
 * own pooled connection and needs no queue.
 */
export function oneTransactionAtATime<Result>(dataSource: DataSource, work: () => Promise<Result>): Promise<Result> {
  if (databaseEngine(dataSource) !== 'sqlite') return work();
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(work);
  // The queue only orders the work; each caller still sees its own result or error.
  queues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}
