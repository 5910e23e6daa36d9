import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';

const run = promisify(execFile);

/** The checkout the bench measures: `dist/main.js` is the server and the command line under test. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');
export const CLI = path.join(PROJECT_ROOT, 'dist', 'main.js');

/** `mysql://user:pass@host:port` of the MariaDB server, without a database. */
export interface ServerUrl {
  base: string;
}

/** The URL of one database on the server, as `DATABASE_URL` takes it. */
export function databaseUrl(server: ServerUrl, database: string, user?: string): string {
  const url = new URL(server.base);
  if (user !== undefined) {
    url.username = user;
    url.password = '';
  }
  url.pathname = `/${database}`;
  return url.toString();
}

/** An administrative connection (no default database), with multi-row INSERTs of any size the server allows. */
export async function adminConnection(server: ServerUrl, database?: string): Promise<mysql.Connection> {
  const url = new URL(server.base);
  return mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: true,
    supportBigNumbers: true,
    multipleStatements: false,
  });
}

/** Drops and creates an empty database, then gives it the project's schema through `ofsted-graph migrate`. */
export async function createMigratedDatabase(server: ServerUrl, database: string): Promise<void> {
  const admin = await adminConnection(server);
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(server, database);
}

/** `ofsted-graph migrate` on one database: pending migrations, then the search index the server can use. */
export async function migrateDatabase(server: ServerUrl, database: string): Promise<void> {
  await run(process.execPath, [CLI, 'migrate'], {
    env: { ...process.env, DATABASE_URL: databaseUrl(server, database) },
    cwd: PROJECT_ROOT,
  });
}

/**
 * Runs `ofsted-graph rebuild-summaries` on a database filled by bulk INSERTs, which bypass the
 * ingest that keeps the aggregate summary rows.
 */
export async function rebuildSummaries(server: ServerUrl, database: string): Promise<void> {
  await run(process.execPath, [CLI, 'rebuild-summaries'], {
    env: { ...process.env, DATABASE_URL: databaseUrl(server, database) },
    cwd: PROJECT_ROOT,
  });
}

/** Runs `ofsted-graph ingest` on paths; resolves with its output. */
export async function cliIngest(server: ServerUrl, database: string, paths: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [CLI, 'ingest', ...paths], {
    env: { ...process.env, DATABASE_URL: databaseUrl(server, database) },
    cwd: PROJECT_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
}
