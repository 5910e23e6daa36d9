import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that records every SQL statement sent, so tests can assert how many
 * statements a request costs. Transaction control statements are not queries and are left out.
 */
export class SqlStatementCounter implements Logger {
  readonly statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements.length = 0;
  }

  /** Statements that start with `verb` and name `table`, e.g. ('INSERT', 'outcome_area'). */
  matching(verb: string, table: string): string[] {
    const pattern = new RegExp(`^\\s*${verb}\\b.*?[\`"\\s]${table}[\`"\\s(]`, 'is');
    return this.statements.filter((statement) => pattern.test(statement));
  }

  logQuery(query: string): void {
    if (/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) return;
    this.statements.push(query);
  }

  logQueryError(): void {}

  logQuerySlow(): void {}

  logSchemaBuild(): void {}

  logMigration(): void {}

  log(): void {}
}
