import type { Logger } from 'typeorm';

/** A TypeORM logger that keeps every SQL statement, so tests can count what a write costs. */
export class StatementRecorder implements Logger {
  readonly statements: string[] = [];

  logQuery(query: string): void {
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Forgets what was recorded so far. */
  clear(): void {
    this.statements.length = 0;
  }

  /** Statements that start with `verb` and name `table`, e.g. ('INSERT', 'outcome_area'). */
  matching(verb: string, table: string): string[] {
    const pattern = new RegExp(`^\\s*${verb}\\b.*?[\`"\\s]${table}[\`"\\s(]`, 'is');
    return this.statements.filter((statement) => pattern.test(statement));
  }
}
