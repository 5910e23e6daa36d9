import { QueryFailedError } from 'typeorm';
import { describeDatabaseError, isUniqueViolation } from '../../src/ingest/describe-database-error';

function driverError(fields: Record<string, unknown>, message: string): Error {
  return Object.assign(new Error(message), fields);
}

describe('database error description', () => {
  const mariaDuplicate = new QueryFailedError(
    'INSERT INTO `outcome_area`(`id`, `assessment_id`) VALUES (DEFAULT, ?)',
    [1],
    driverError({ code: 'ER_DUP_ENTRY', errno: 1062 }, "Duplicate entry '1-BEING_HEALTHY' for key 'uq_outcome_area_assessment_area'"),
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

  it('names the statement and table but not the parameters', () => {
    expect(describeDatabaseError(sqliteDuplicate)).toEqual({
      code: 'DATABASE_ERROR',
      message:
        'Database error (duplicate row, INSERT on outcome_area): UNIQUE constraint failed: outcome_area.assessment_id, outcome_area.area',
    });
    expect(describeDatabaseError(mariaDuplicate).message).toMatch(
      /^Database error \(duplicate row, INSERT on outcome_area\): Duplicate entry/,
    );
  });

  it('describes errors that are not query failures, such as a lost connection', () => {
    expect(describeDatabaseError(new Error('connect ECONNREFUSED 127.0.0.1:3306'))).toEqual({
      code: 'DATABASE_ERROR',
      message: 'Database error: connect ECONNREFUSED 127.0.0.1:3306',
    });
  });
});
