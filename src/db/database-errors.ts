import { QueryFailedError } from 'typeorm';

/** The fields the drivers (mysql2, better-sqlite3) put on their errors. */
export interface DriverErrorFields {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
}

/**
 * The driver's own error, whether TypeORM wrapped it in a QueryFailedError or not. A failed
 * connection attempt is thrown by TypeORM as mysql2's plain error object, which graphql-js
 * wraps in an Error with the object as `thrownValue`.
 */
export function driverErrorFields(error: unknown): DriverErrorFields {
  if (error instanceof QueryFailedError) return error.driverError as DriverErrorFields;
  if (error instanceof Error && 'thrownValue' in error) return driverErrorFields(error.thrownValue);
  return typeof error === 'object' && error !== null ? (error as DriverErrorFields) : {};
}

/** Code of the error the pool guard raises when no connection frees up in time. */
export const ACQUIRE_TIMEOUT_CODE = 'POOL_ACQUIRE_TIMEOUT';

/** Connection-level failures: the network or the server went away, or a wait ran out. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  ACQUIRE_TIMEOUT_CODE,
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_CONNECTION_LOST',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'ER_CON_COUNT_ERROR',
  // MariaDB's max_statement_time ran out
  'ER_STATEMENT_TIMEOUT',
  'SQLITE_BUSY',
]);

/** MariaDB error numbers of a server that is up but cannot serve: too many connections, a Galera node not ready. */
const UNAVAILABLE_ERRNOS: ReadonlySet<number> = new Set([1040, 1047, 1969]);

/**
 * True when the error says the database cannot be reached or did not answer in time, rather
 * than that a statement was wrong: the request may succeed later, so the client is told
 * DATABASE_UNAVAILABLE with HTTP 503 (retry later) instead of a masked 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, errno, message } = driverErrorFields(error);
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof errno === 'number' && UNAVAILABLE_ERRNOS.has(errno)) return true;
  if (typeof message !== 'string') return false;
  // mysql2 raises these as plain Errors without a code
  return /^(Queue limit reached|Pool is closed|Can't add new command when connection is in closed state)/.test(message);
}
