import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createSummaryTables1732000000400, SUMMARY_TABLES_1732000000400 } from './summary-tables-1732000000400';

/**
 * The maintained aggregate tables (see src/db/summaries): rating distributions, setting
 * judgement summaries and comparisons read a few dozen summary rows instead of grouping every
 * assessment. Existing databases get them counted from their rows. The tables and their
 * counts are those of the time (summary-tables-1732000000400.ts); later columns come with
 * their own migrations.
 */
export class AggregateSummaries1732000000400 implements MigrationInterface {
  name = 'AggregateSummaries1732000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createSummaryTables1732000000400(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...SUMMARY_TABLES_1732000000400].reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
