import type { DataSource, Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from './logger';

/** Longest SQL a log entry carries; statements built from long IN lists are cut. */
const MAX_LOGGED_SQL = 500;

function loggedSql(query: string): string {
  const sql = query.replace(/\s+/g, ' ').trim();
  return sql.length > MAX_LOGGED_SQL ? `${sql.slice(0, MAX_LOGGED_SQL)}...` : sql;
}

/**
 * Sends what TypeORM reports on its own to the server's logger, as JSON: left to its default
 * logger, a slow statement (`maxQueryExecutionTime`) is a plain-text "query is slow" line in
 * the middle of the JSON log, carrying the statement's parameters, which are what clients
 * asked for (names searched for, tokens of a mutation's text). Entries here name the SQL, cut
 * short, and never the parameters. Statements themselves still go to the logger the data
 * source had (a test's counter), which the statement counter wraps in turn.
 */
export function routeDatabaseLogs(dataSource: DataSource, logger: Logger): void {
  const original = dataSource.logger;
  const routed: TypeOrmLogger = {
    logQuery: (query: string, parameters?: unknown[], queryRunner?: QueryRunner) => original.logQuery(query, parameters, queryRunner),
    logQueryError: (error, query, parameters, queryRunner) => original.logQueryError(error, query, parameters, queryRunner),
    logQuerySlow(time: number, query: string) {
      logger.warn({ durationMs: time, sql: loggedSql(query) }, 'Slow SQL statement');
    },
    logSchemaBuild(message: string) {
      logger.debug({ database: 'schema' }, message);
    },
    logMigration(message: string) {
      logger.info({ database: 'migration' }, message);
    },
    log(level: 'log' | 'info' | 'warn', message: unknown) {
      const text = typeof message === 'string' ? message : String(message);
      if (level === 'warn') logger.warn({ database: 'typeorm' }, text);
      else logger.info({ database: 'typeorm' }, text);
    },
  };
  dataSource.logger = routed;
}
