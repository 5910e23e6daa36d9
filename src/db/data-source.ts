import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type Logger } from 'typeorm';
import { type DatabaseConfig, DEFAULT_DATABASE_TUNING, type DatabaseTuning } from '../config';
import { ENTITIES } from '../entities/index';
import { MIGRATIONS } from './migrations/index';
import { guardMysqlPool } from './mysql-pool-guards';

export interface DataSourceOptions {
  /** Receives every SQL statement; tests use it to count statements per request. */
  logger?: Logger;
  /** Pool size and timeouts; the defaults of `DEFAULT_DATABASE_TUNING` when omitted. */
  tuning?: DatabaseTuning;
}

/** Keeps an idle connection this long before closing it, so a quiet server does not hold the pool open. */
const IDLE_CONNECTION_MS = 60_000;

/** Sends TCP keep-alives after this much silence, so a load balancer does not drop idle connections unseen. */
const KEEP_ALIVE_DELAY_MS = 10_000;

/** A data source whose MySQL pool gets its bounded waits as soon as it exists (see `guardMysqlPool`). */
class GuardedDataSource extends DataSource {
  constructor(
    options: ConstructorParameters<typeof DataSource>[0],
    private readonly acquireTimeoutMs: number,
  ) {
    super(options);
  }

  override async initialize(): Promise<this> {
    await super.initialize();
    guardMysqlPool(this, this.acquireTimeoutMs);
    return this;
  }
}

/**
 * Where writes go. TypeORM gives a better-sqlite3 data source one connection, so a read that
 * arrives while an ingest's transaction is open would run inside it and see half-written rows.
 * A second connection to the same file for writes keeps reads on committed data (WAL mode gives
 * readers a snapshot). MySQL/MariaDB transactions already get their own pooled connection.
 */
export async function openWriterDataSource(
  database: DatabaseConfig,
  reader: DataSource,
  tuning: DatabaseTuning = DEFAULT_DATABASE_TUNING,
): Promise<DataSource> {
  if (database.type !== 'sqlite' || database.file === ':memory:') return reader;
  const writer = createDataSource(database, { tuning });
  await writer.initialize();
  return writer;
}

/**
 * Creates (but does not initialise) the TypeORM data source for MySQL/MariaDB or the
 * embedded SQLite file. Nothing here is module-level: callers own the connection's lifetime.
 */
export function createDataSource(database: DatabaseConfig, options: DataSourceOptions = {}): DataSource {
  const tuning = options.tuning ?? DEFAULT_DATABASE_TUNING;
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? ('all' as const) : false,
  };
  if (database.type === 'mysql') {
    return new GuardedDataSource(
      {
        ...common,
        type: 'mysql',
        url: database.url,
        charset: 'utf8mb4_unicode_ci',
        timezone: 'Z',
        dateStrings: ['DATE'],
        supportBigNumbers: true,
        poolSize: tuning.poolSize,
        connectTimeout: tuning.connectTimeoutMs,
        // every statement gets mysql2's timer: a silent server fails the statement instead of hanging it
        enableQueryTimeout: true,
        maxQueryExecutionTime: tuning.queryTimeoutMs,
        extra: {
          enableKeepAlive: true,
          keepAliveInitialDelay: KEEP_ALIVE_DELAY_MS,
          maxIdle: tuning.poolSize,
          idleTimeout: IDLE_CONNECTION_MS,
          queueLimit: tuning.queueLimit,
        },
      },
      tuning.acquireTimeoutMs,
    );
  }
  if (database.file !== ':memory:') mkdirSync(path.dirname(database.file), { recursive: true });
  return new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: database.file,
    // WAL lets readers go on while one process writes; busy_timeout makes a second writer
    // (another `ingest`, the server) wait for the lock instead of failing "database is locked".
    enableWAL: database.file !== ':memory:',
    timeout: tuning.busyTimeoutMs,
  });
}
