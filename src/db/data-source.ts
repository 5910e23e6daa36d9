import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type Logger } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { ENTITIES } from '../entities/index';
import { MIGRATIONS } from './migrations/index';

export interface DataSourceOptions {
  /** Receives every SQL statement; tests use it to count statements per request. */
  logger?: Logger;
}

/**
 * Where writes go. TypeORM gives a better-sqlite3 data source one connection, so a read that
 * arrives while an ingest's transaction is open would run inside it and see half-written rows.
 * A second connection to the same file for writes keeps reads on committed data (WAL mode gives
 * readers a snapshot). MySQL/MariaDB transactions already get their own pooled connection.
 */
export async function openWriterDataSource(database: DatabaseConfig, reader: DataSource): Promise<DataSource> {
  if (database.type !== 'sqlite' || database.file === ':memory:') return reader;
  const writer = createDataSource(database);
  await writer.initialize();
  return writer;
}

/**
 * Creates (but does not initialise) the TypeORM data source for MySQL/MariaDB or the
 * embedded SQLite file. Nothing here is module-level: callers own the connection's lifetime.
 */
export function createDataSource(database: DatabaseConfig, options: DataSourceOptions = {}): DataSource {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? ('all' as const) : false,
  };
  if (database.type === 'mysql') {
    return new DataSource({
      ...common,
      type: 'mysql',
      url: database.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      poolSize: 10,
      extra: { enableKeepAlive: true },
    });
  }
  if (database.file !== ':memory:') mkdirSync(path.dirname(database.file), { recursive: true });
  return new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: database.file,
    enableWAL: database.file !== ':memory:',
  });
}
