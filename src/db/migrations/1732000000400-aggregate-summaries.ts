import type { MigrationInterface, QueryRunner } from 'typeorm';
import { databaseEngine } from '../database-engine';
import { rebuildSummaries } from '../summaries/rebuild-summaries';
import { createSummaryTableStatements, SUMMARY_TABLE } from '../summaries/summary-tables';

/**
 * The maintained aggregate tables (see src/db/summaries): rating distributions, setting
 * judgement summaries and comparisons read a few dozen summary rows instead of grouping every
 * assessment. Existing databases get them counted from their rows.
 */
export class AggregateSummaries1732000000400 implements MigrationInterface {
  name = 'AggregateSummaries1732000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of createSummaryTableStatements(databaseEngine(queryRunner.connection))) await queryRunner.query(statement);
    await rebuildSummaries(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.values(SUMMARY_TABLE).reverse()) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
