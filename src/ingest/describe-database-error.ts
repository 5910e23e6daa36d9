import { QueryFailedError } from 'typeorm';
import { type IngestError, IngestErrorCode } from './ingest-outcome';

interface DriverErrorFields {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
}

function driverFields(error: unknown): DriverErrorFields {
  if (error instanceof QueryFailedError) return error.driverError as DriverErrorFields;
  return typeof error === 'object' && error !== null ? (error as DriverErrorFields) : {};
}

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

/**
 * True when InnoDB broke a deadlock by rolling this transaction back (ER_LOCK_DEADLOCK, 1213):
 * the transaction did nothing and may simply run again.
 */
export function isDeadlock(error: unknown): boolean {
  const { code, errno } = driverFields(error);
  return code === 'ER_LOCK_DEADLOCK' || errno === 1213;
}

/**
 * Turns whatever the database layer threw into a failure a person can act on, naming the
 * statement's table when there is one; the raw SQL and its parameters are left out because
 * they can hold a whole letter.
 */
export function describeDatabaseError(error: unknown): IngestError {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof QueryFailedError) {
    const verb = /^\s*(\w+)/.exec(error.query)?.[1]?.toUpperCase() ?? 'statement';
    const table = /\b(?:INTO|UPDATE|FROM)\s+[`"]?(\w+)/i.exec(error.query)?.[1];
    const where = table === undefined ? verb : `${verb} on ${table}`;
    const prefix = isUniqueViolation(error) ? 'duplicate row' : 'query failed';
    return { code: IngestErrorCode.DATABASE_ERROR, message: `Database error (${prefix}, ${where}): ${detail}` };
  }
  return { code: IngestErrorCode.DATABASE_ERROR, message: `Database error: ${detail}` };
}
