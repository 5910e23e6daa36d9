import { QueryFailedError } from 'typeorm';
import { driverErrorFields as driverFields, isDatabaseUnavailable } from '../db/database-errors';
import { type IngestError, IngestErrorCode } from './ingest-outcome';

/**
 * True when a statement broke a UNIQUE index: MariaDB's ER_DUP_ENTRY (1062) or SQLite's
 * SQLITE_CONSTRAINT_UNIQUE. Two writers racing on the same letter end this way, so the
 * caller may retry once and find the other writer's committed rows.
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, errno } = driverFields(error);
  if (code === 'ER_DUP_ENTRY' || errno === 1062) return true;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** MariaDB error numbers after which the whole transaction may simply run again. */
const RETRYABLE_ERRNOS: ReadonlySet<number> = new Set([
  // ER_LOCK_DEADLOCK: InnoDB chose this transaction as a deadlock victim, or Galera's
  // certification rolled it back (often at COMMIT) because another node's writer won
  1213,
  // ER_LOCK_WAIT_TIMEOUT
  1205,
  // ER_UNKNOWN_COM_ERROR as Galera uses it: "WSREP has not yet prepared node for application use"
  1047,
]);

/** Connection losses mid-transaction: the transaction was rolled back with the connection. */
const RETRYABLE_CODES: ReadonlySet<string> = new Set([
  'PROTOCOL_CONNECTION_LOST',
  'ECONNRESET',
  'EPIPE',
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
]);

/**
 * True when the transaction failed for reasons of concurrency or connection rather than of its
 * content: a deadlock, a lock wait timeout, a Galera conflict or a node not yet ready, a
 * connection lost, SQLite's lock held too long. Running it again is safe because storing a
 * letter is idempotent by its sha256: a loser that retries finds the winner's rows.
 */
export function isRetryableTransactionError(error: unknown): boolean {
  const { code, errno } = driverFields(error);
  return (typeof errno === 'number' && RETRYABLE_ERRNOS.has(errno)) || (typeof code === 'string' && RETRYABLE_CODES.has(code));
}

function kindOf(error: unknown): string {
  if (isUniqueViolation(error)) return 'duplicate row';
  if (isRetryableTransactionError(error)) return 'conflicting writers';
  return 'query failed';
}

/**
 * Turns whatever the database layer threw into a failure a person can act on, naming the kind
 * of failure and the statement's table. The driver's own message is left out, as are the SQL
 * and its parameters: they can hold a whole letter and name keys, hosts and users, and the
 * outcome reaches API clients. The caller logs the full error.
 */
export function describeDatabaseError(error: unknown): IngestError {
  if (isDatabaseUnavailable(error)) {
    return {
      code: IngestErrorCode.DATABASE_ERROR,
      message: 'Database unavailable: the database did not answer in time; nothing was stored, try again later',
    };
  }
  if (error instanceof QueryFailedError) {
    const verb = /^\s*(\w+)/.exec(error.query)?.[1]?.toUpperCase() ?? 'statement';
    const table = /\b(?:INTO|UPDATE|FROM)\s+[`"]?(\w+)/i.exec(error.query)?.[1];
    const where = table === undefined ? verb : `${verb} on ${table}`;
    return { code: IngestErrorCode.DATABASE_ERROR, message: `Database error (${kindOf(error)}, ${where}); nothing was stored` };
  }
  return { code: IngestErrorCode.DATABASE_ERROR, message: 'Database error; nothing was stored' };
}
