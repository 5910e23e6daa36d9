import type { MigrationInterface, QueryRunner } from 'typeorm';
import { databaseEngine } from '../database-engine';
import { backfillQuality } from './backfill-quality';

const MYSQL_UP = [
  // NULL first: a LONGTEXT column takes no literal default on MySQL; it is filled, then made NOT NULL.
  'ALTER TABLE assessment ADD COLUMN warnings LONGTEXT NULL, ADD COLUMN complete TINYINT(1) NOT NULL DEFAULT 1',
  'CREATE INDEX IDX_assessment_complete ON assessment (complete)',
];
const MYSQL_AFTER_BACKFILL = ['ALTER TABLE assessment MODIFY warnings LONGTEXT NOT NULL'];

const SQLITE_UP = [
  "ALTER TABLE assessment ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]'",
  'ALTER TABLE assessment ADD COLUMN complete BOOLEAN NOT NULL DEFAULT 1',
  'CREATE INDEX IDX_assessment_complete ON assessment (complete)',
];

/**
 * The parse's warnings kept with the assessment (`Assessment.quality`): what the parser
 * could not read in the letter, and whether it read it completely. Existing assessments get
 * theirs by re-reading their kept letters; revisions' warnings, plain strings before warnings
 * had codes (only misspelt grade words were reported then), become coded objects.
 */
export class AssessmentQuality1732000000500 implements MigrationInterface {
  name = 'AssessmentQuality1732000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = databaseEngine(queryRunner.connection) === 'mysql';
    for (const statement of mysql ? MYSQL_UP : SQLITE_UP) await queryRunner.query(statement);
    await backfillQuality(queryRunner);
    if (mysql) for (const statement of MYSQL_AFTER_BACKFILL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const mysql = databaseEngine(queryRunner.connection) === 'mysql';
    await queryRunner.query(mysql ? 'DROP INDEX IDX_assessment_complete ON assessment' : 'DROP INDEX IDX_assessment_complete');
    await queryRunner.query('ALTER TABLE assessment DROP COLUMN complete');
    await queryRunner.query('ALTER TABLE assessment DROP COLUMN warnings');
  }
}
