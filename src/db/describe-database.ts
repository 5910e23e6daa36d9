import { type DatabaseConfig, DEFAULT_SQLITE_FILE } from '../config';

/**
 * Names the database a command is about to use, without its password, so the line is safe to
 * paste into a ticket. `ingest`, `migrate` and `serve` print it first: a shell without
 * `DATABASE_URL` writes to the embedded SQLite file, and saying so is what tells a user who
 * meant MariaDB that they forgot to set it.
 */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.type === 'sqlite') {
    const fallback = database.file === DEFAULT_SQLITE_FILE ? ' (the default: DATABASE_URL is not set)' : '';
    return `SQLite file ${database.file}${fallback}`;
  }
  const url = new URL(database.url);
  if (url.password !== '') url.password = '***';
  return `MySQL ${url.toString()}`;
}
