import type { EntityManager } from 'typeorm';
import { databaseEngine } from './database-engine';

/**
 * On SQLite, makes the transaction a writer before it reads anything. TypeORM opens a deferred
 * transaction (`BEGIN`), which takes the write lock only at its first write; if another
 * process committed after this one's first read, SQLite cannot wait for the lock (the read
 * snapshot is stale) and fails at once with "database is locked", whatever busy_timeout says.
 * A write as the first statement (one that matches no row) takes the lock up front, where
 * busy_timeout applies, so two `ingest` processes queue instead of failing. MySQL/MariaDB use
 * row locks and need nothing here.
 */
export async function takeWriteLockFirst(manager: EntityManager): Promise<void> {
  if (databaseEngine(manager.connection) !== 'sqlite') return;
  await manager.query('DELETE FROM source_letter WHERE 0');
}
