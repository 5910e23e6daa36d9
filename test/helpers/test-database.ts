import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Connection, createConnection } from 'mysql2/promise';
import type { DataSource, Logger } from 'typeorm';
import type { DatabaseConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';

/** The server the project's machines run; override with TEST_MYSQL_URL (no database in the path). */
export const MYSQL_SERVER_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** How long to wait for the MySQL server before failing the test file (mysql2's default is 10 s). */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A connection to the test MySQL server without a database. Fails within
 * {@link CONNECT_TIMEOUT_MS} with a message that says what to set, rather than leaving a
 * newcomer with a bare ECONNREFUSED (or a wait) from deep inside a test's set-up.
 */
async function connectToServer(): Promise<Connection> {
  try {
    return await createConnection({ uri: MYSQL_SERVER_URL, connectTimeout: CONNECT_TIMEOUT_MS });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The MySQL/MariaDB tests need a server at ${MYSQL_SERVER_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')} (${reason}). ` +
        'Start one (bash .ci/run does) or point TEST_MYSQL_URL=mysql://user:pass@host:port at yours.',
    );
  }
}

export type TestEngine = 'mysql' | 'sqlite';

/** Both engines the product supports; integration suites run once per engine. */
export const ENGINES: readonly TestEngine[] = ['mysql', 'sqlite'];

export interface TestDatabase {
  engine: TestEngine;
  config: DatabaseConfig;
  dataSource: DataSource;
  /** Closes the connection and drops the database (or deletes the SQLite file). */
  drop(): Promise<void>;
}

/**
 * Creates a database of its own for one test file (a fresh MariaDB schema or a temporary
 * SQLite file), migrates it (which loads the reference authorities) and returns it open.
 */
export async function createTestDatabase(engine: TestEngine, logger?: Logger): Promise<TestDatabase> {
  if (engine === 'mysql') {
    const name = `og_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = await connectToServer();
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const config: DatabaseConfig = { type: 'mysql', url: `${MYSQL_SERVER_URL}/${name}` };
    const dataSource = await openAndMigrate(config, logger);
    return {
      engine,
      config,
      dataSource,
      async drop() {
        if (dataSource.isInitialized) await dataSource.destroy();
        const connection = await connectToServer();
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await connection.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'og-test-'));
  const config: DatabaseConfig = { type: 'sqlite', file: path.join(dir, 'test.sqlite') };
  const dataSource = await openAndMigrate(config, logger);
  return {
    engine,
    config,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openAndMigrate(config: DatabaseConfig, logger?: Logger): Promise<DataSource> {
  const dataSource = createDataSource(config, { logger });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}
