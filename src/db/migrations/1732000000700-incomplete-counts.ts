import type { MigrationInterface, QueryRunner } from 'typeorm';
import { databaseEngine } from '../database-engine';

/** SQL true when an assessment and its authority fall in the bucket of the row of `table` being updated. */
function sameBucket(table: string): string {
  return (
    `assessment.year = ${table}.year AND assessment.kind = ${table}.kind ` +
    `AND authority.region = ${table}.region AND authority.kind = ${table}.authority_kind`
  );
}

/** SQL true for the setting judgements a setting row counts: its setting, and its source unless it counts every source ('ANY'). */
function sameSetting(table: string): string {
  return `judged.setting = ${table}.setting AND (${table}.source_filter = 'ANY' OR judged.source = ${table}.source_filter)`;
}

/** An assessment whose letter was not read completely: `complete` is a boolean column, 0 or 1 on both engines. */
const INCOMPLETE = 'assessment.complete = 0';

const FROM_JUDGED =
  'FROM setting_judgement judged INNER JOIN assessment ON assessment.id = judged.assessment_id ' +
  'INNER JOIN authority ON authority.id = assessment.authority_id';

/**
 * Counts each summary row's incomplete assessments from the stored rows: plain SQL written for
 * this migration (not rebuildSummaries, which follows whatever the tables become later). Every
 * incomplete assessment is already counted in a row of each table it belongs in, so updating
 * the existing rows is enough. Distinct assessments, as the rows' `assessments` count them.
 */
const BACKFILL = [
  `UPDATE summary_grade SET incomplete = (
     SELECT COUNT(*) FROM assessment INNER JOIN authority ON authority.id = assessment.authority_id
     WHERE ${INCOMPLETE} AND ${sameBucket('summary_grade')})`,
  `UPDATE summary_setting_coverage SET incomplete = (
     SELECT COUNT(DISTINCT judged.assessment_id) ${FROM_JUDGED}
     WHERE ${INCOMPLETE} AND ${sameBucket('summary_setting_coverage')} AND ${sameSetting('summary_setting_coverage')})`,
  `UPDATE summary_setting_judgement SET incomplete = (
     SELECT COUNT(DISTINCT judged.assessment_id) ${FROM_JUDGED}
     WHERE ${INCOMPLETE} AND ${sameBucket('summary_setting_judgement')} AND ${sameSetting('summary_setting_judgement')}
       AND judged.judgement = summary_setting_judgement.judgement)`,
];

const TABLES = ['summary_grade', 'summary_setting_coverage', 'summary_setting_judgement'];

/**
 * Each summary row counts, beside its assessments, those whose letter the parser could not read
 * completely (`incomplete`), so the aggregates can say how many of the assessments behind a
 * figure may have missed a statement. Existing rows are counted from the assessments' `complete`
 * column (migration 1732000000500).
 */
export class IncompleteCounts1732000000700 implements MigrationInterface {
  name = 'IncompleteCounts1732000000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    const int = databaseEngine(queryRunner.connection) === 'mysql' ? 'INT' : 'INTEGER';
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN incomplete ${int} NOT NULL DEFAULT 0`);
    for (const statement of BACKFILL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN incomplete`);
  }
}
