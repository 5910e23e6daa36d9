import { QueryFailedError } from 'typeorm';
import { describeDatabaseError, isRetryableTransactionError, isUniqueViolation } from '../../src/ingest/describe-database-error';

function driverError(fields: Record<string, unknown>, message: string): Error {
  return Object.assign(new Error(message), fields);
}

describe('database error description', () => {
  const mariaDuplicate = new QueryFailedError(
    'INSERT INTO `outcome_area`(`id`, `assessment_id`) VALUES (DEFAULT, ?)',
    [1],
    driverError({ code: 'ER_DUP_ENTRY', errno: 1062 }, "Duplicate entry '1-BEING_HEALTHY' for key 'uq_outcome_area_assessment_area'"),
  );
  const mariaDeadlock = new QueryFailedError(
    'INSERT INTO `outcome_area`(`id`) VALUES (DEFAULT)',
    [],
    driverError({ code: 'ER_LOCK_DEADLOCK', errno: 1213 }, 'Deadlock found when trying to get lock; try restarting transaction'),
  );
  const sqliteDuplicate = new QueryFailedError(
    'INSERT INTO "outcome_area"("assessment_id") VALUES (?)',
    [1],
    driverError({ code: 'SQLITE_CONSTRAINT_UNIQUE' }, 'UNIQUE constraint failed: outcome_area.assessment_id, outcome_area.area'),
  );

  it('recognises unique violations from both engines', () => {
    expect(isUniqueViolation(mariaDuplicate)).toBe(true);
    expect(isUniqueViolation(sqliteDuplicate)).toBe(true);
    expect(isUniqueViolation(new QueryFailedError('SELECT 1', [], driverError({ code: 'ER_PARSE_ERROR' }, 'syntax')))).toBe(false);
    expect(isUniqueViolation(new Error('connection lost'))).toBe(false);
  });

  it('names the kind of failure, the statement and the table, but never the driver text or the parameters', () => {
    expect(describeDatabaseError(sqliteDuplicate)).toEqual({
      code: 'DATABASE_ERROR',
      message: 'Database error (duplicate row, INSERT on outcome_area); nothing was stored',
    });
    expect(describeDatabaseError(mariaDuplicate).message).toBe(
      'Database error (duplicate row, INSERT on outcome_area); nothing was stored',
    );
    expect(describeDatabaseError(mariaDeadlock).message).toBe(
      'Database error (conflicting writers, INSERT on outcome_area); nothing was stored',
    );
    for (const error of [sqliteDuplicate, mariaDuplicate, mariaDeadlock]) {
      expect(describeDatabaseError(error).message).not.toMatch(/Duplicate entry|UNIQUE constraint|Deadlock|uq_|VALUES/);
    }
  });

  it('describes errors that are not query failures, such as a refused connection, without hosts', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
    expect(describeDatabaseError(refused).message).toMatch(/^Database unavailable/);
    expect(describeDatabaseError(new Error('something at 10.0.0.7')).message).toBe('Database error; nothing was stored');
  });

  it('retries deadlocks, lock waits, Galera conflicts and lost connections, not mistakes', () => {
    expect(isRetryableTransactionError(mariaDeadlock)).toBe(true);
    for (const errno of [1205, 1047]) expect(isRetryableTransactionError(driverError({ errno }, 'x'))).toBe(true);
    for (const code of ['PROTOCOL_CONNECTION_LOST', 'ECONNRESET', 'EPIPE', 'SQLITE_BUSY']) {
      expect(isRetryableTransactionError(driverError({ code }, 'x'))).toBe(true);
    }
    expect(isRetryableTransactionError(mariaDuplicate)).toBe(false);
    expect(isRetryableTransactionError(driverError({ code: 'ER_PARSE_ERROR', errno: 1064 }, 'syntax'))).toBe(false);
  });
});
