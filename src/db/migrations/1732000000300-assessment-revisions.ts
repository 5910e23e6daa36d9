import type { MigrationInterface, QueryRunner } from 'typeorm';
import { databaseEngine } from '../database-engine';
import { backfillRevisions } from './backfill-revisions';

const MYSQL_UP = [
  // LONGTEXT: a revision's JSON holds up to six narratives and lists of up to 1,000,000 characters each.
  `CREATE TABLE assessment_revision (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id INT NOT NULL,
    revision_number INT NOT NULL,
    source_letter_id INT NOT NULL,
    accepted_at DATETIME NOT NULL,
    published_on DATE NOT NULL,
    overall_grade INT NOT NULL,
    capacity_to_improve_grade INT NULL,
    social_care_grade INT NULL,
    outcome_areas LONGTEXT NOT NULL,
    setting_judgements LONGTEXT NOT NULL,
    warnings LONGTEXT NOT NULL,
    UNIQUE KEY uq_assessment_revision_assessment_number (assessment_id, revision_number),
    UNIQUE KEY uq_assessment_revision_source_letter (source_letter_id),
    CONSTRAINT fk_assessment_revision_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_revision_source_letter FOREIGN KEY (source_letter_id) REFERENCES source_letter (id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
];

const SQLITE_UP = [
  `CREATE TABLE assessment_revision (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    revision_number INTEGER NOT NULL,
    source_letter_id INTEGER NOT NULL REFERENCES source_letter (id),
    accepted_at DATETIME NOT NULL,
    published_on DATE NOT NULL,
    overall_grade INTEGER NOT NULL,
    capacity_to_improve_grade INTEGER NULL,
    social_care_grade INTEGER NULL,
    outcome_areas TEXT NOT NULL,
    setting_judgements TEXT NOT NULL,
    warnings TEXT NOT NULL
  )`,
  `CREATE UNIQUE INDEX uq_assessment_revision_assessment_number ON assessment_revision (assessment_id, revision_number)`,
  `CREATE UNIQUE INDEX uq_assessment_revision_source_letter ON assessment_revision (source_letter_id)`,
];

/**
 * Every accepted version of an assessment: one `assessment_revision` row per letter stored
 * for it, with the grades, outcome areas and setting judgements that letter gave. Existing
 * databases gain one revision per assessment from its current rows, preceded by the letters
 * it replaced before revisions existed (re-read from their kept text).
 */
export class AssessmentRevisions1732000000300 implements MigrationInterface {
  name = 'AssessmentRevisions1732000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of databaseEngine(queryRunner.connection) === 'mysql' ? MYSQL_UP : SQLITE_UP) await queryRunner.query(statement);
    await backfillRevisions(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE assessment_revision');
  }
}
