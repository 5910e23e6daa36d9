import type { DatabaseConfig } from '../config';
import { driverErrorFields } from './database-errors';

/** MariaDB/MySQL error numbers that no amount of waiting cures: the set-up itself is wrong. */
const UNKNOWN_DATABASE = 1049;
const ACCESS_DENIED = 1045;
const DATABASE_ACCESS_DENIED = 1044;

/**
 * A database set-up problem told as what to do about it. The commands print `message` as it is
 * (see `main.ts`), so it carries the remedy and the driver's code, never the password.
 */
export class DatabaseSetupError extends Error {
  constructor(
    message: string,
    /** The driver's code, e.g. ER_BAD_DB_ERROR, for logs and tests. */
    readonly code: string,
    /** False when retrying cannot help (unknown database, access denied): `serve` stops at once. */
    readonly retryable: boolean,
  ) {
    // The code last, so a search for the driver's code still finds the message.
    super(`${message} (${code})`);
    this.name = 'DatabaseSetupError';
  }
}

/** The parts of a MySQL URL a message may name: host, port, user and database, never the password. */
export interface MysqlTarget {
  host: string;
  user: string;
  database: string;
}

export function mysqlTarget(url: string): MysqlTarget {
  const parsed = new URL(url);
  return {
    host: `${parsed.hostname}:${parsed.port || '3306'}`,
    user: decodeURIComponent(parsed.username) || '(none)',
    database: decodeURIComponent(parsed.pathname.slice(1)),
  };
}

/** The statement that creates the database with the character set the migrations expect. */
export function createDatabaseStatement(name: string): string {
  return `CREATE DATABASE \`${name.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;
}

/**
 * Reads a failed first connection to MariaDB/MySQL as a set-up problem with its remedy, or
 * null when it is something else (then the caller shows the driver's error). Only the
 * connection's failure is read here: unknown database, access denied, nothing listening, an
 * unknown host. The first two are permanent; the others may be a database still starting.
 */
export function explainSetupError(error: unknown, database: DatabaseConfig): DatabaseSetupError | null {
  if (database.type !== 'mysql') return null;
  const { code, errno } = driverErrorFields(error);
  const target = mysqlTarget(database.url);
  if (errno === UNKNOWN_DATABASE || code === 'ER_BAD_DB_ERROR') {
    return new DatabaseSetupError(
      `The database "${target.database}" does not exist on ${target.host}. Create it with ` +
        '`ofsted-graph migrate --create-database` (the user needs the CREATE privilege), or as an administrator: ' +
        `${createDatabaseStatement(target.database)}; then run \`ofsted-graph migrate\`. ` +
        'If the name is a typo, fix DATABASE_URL.',
      'ER_BAD_DB_ERROR',
      false,
    );
  }
  if (errno === ACCESS_DENIED || code === 'ER_ACCESS_DENIED_ERROR') {
    return new DatabaseSetupError(
      `Access denied for user "${target.user}" on ${target.host}: the user or its password in DATABASE_URL is wrong, ` +
        'or the user may not connect from this host. Check DATABASE_URL (mysql://user:password@host:port/database; ' +
        'a password with @ : / # must be percent-encoded).',
      'ER_ACCESS_DENIED_ERROR',
      false,
    );
  }
  if (errno === DATABASE_ACCESS_DENIED || code === 'ER_DBACCESS_DENIED_ERROR') {
    return new DatabaseSetupError(
      `User "${target.user}" may not use the database "${target.database}" on ${target.host}. As an administrator, grant it: ` +
        `GRANT ALL PRIVILEGES ON \`${target.database}\`.* TO '${target.user}'@'%';`,
      'ER_DBACCESS_DENIED_ERROR',
      false,
    );
  }
  if (code === 'ECONNREFUSED') {
    return new DatabaseSetupError(
      `Nothing answers at ${target.host}: is MariaDB running there? Start it, or fix the host and port in DATABASE_URL.`,
      'ECONNREFUSED',
      true,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new DatabaseSetupError(`The host in DATABASE_URL (${target.host}) is not known: fix DATABASE_URL.`, String(code), true);
  }
  return null;
}

/** True when waiting for the database cannot help: the set-up must change first. */
export function isPermanentSetupError(error: unknown, database: DatabaseConfig): boolean {
  return explainSetupError(error, database)?.retryable === false;
}
