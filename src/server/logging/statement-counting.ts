import type { DataSource, Logger, QueryRunner } from 'typeorm';
import { currentRequest } from './request-context';

/** Marks a logger already wrapped, so a data source shared by two servers is not counted twice. */
const COUNTING = Symbol('countsStatementsPerRequest');

/**
 * Counts every SQL statement the data source sends against the request that caused it. TypeORM
 * tells its logger of each statement as it is sent, from the caller's asynchronous context, so
 * wrapping the data source's logger (whatever it is: none, the tests' counter) sees them all
 * and attributes each to the request running at the time; statements outside any request
 * (start-up, polling for outside ingests) are left alone.
 */
export function countStatementsPerRequest(dataSource: DataSource): void {
  const original = dataSource.logger;
  if ((original as Logger & { [COUNTING]?: true })[COUNTING]) return;
  const counting: Logger & { [COUNTING]: true } = {
    [COUNTING]: true,
    logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
      const record = currentRequest();
      if (record) record.sqlStatements += 1;
      return original.logQuery(query, parameters, queryRunner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  dataSource.logger = counting;
}
