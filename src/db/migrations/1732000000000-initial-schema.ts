import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COLUMN_WIDTH } from '../../entities/column-widths';
import { databaseEngine } from '../database-engine';

const MYSQL = [
  `CREATE TABLE authority (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    la_code VARCHAR(${COLUMN_WIDTH.authority.laCode}) NOT NULL,
    name VARCHAR(${COLUMN_WIDTH.authority.name}) NOT NULL,
    short_name VARCHAR(${COLUMN_WIDTH.authority.shortName}) NOT NULL,
    ons_code VARCHAR(${COLUMN_WIDTH.authority.onsCode}) NULL,
    region VARCHAR(${COLUMN_WIDTH.authority.region}) NOT NULL,
    kind VARCHAR(${COLUMN_WIDTH.authority.kind}) NOT NULL,
    abolished_on DATE NULL,
    UNIQUE KEY uq_authority_la_code (la_code),
    KEY idx_authority_name (name),
    KEY idx_authority_region (region),
    KEY idx_authority_kind (kind)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE statistical_neighbour (
    authority_id INT NOT NULL,
    neighbour_id INT NOT NULL,
    \`rank\` INT NOT NULL,
    PRIMARY KEY (authority_id, neighbour_id),
    KEY idx_statistical_neighbour_neighbour (neighbour_id),
    CONSTRAINT fk_statistical_neighbour_authority FOREIGN KEY (authority_id) REFERENCES authority (id) ON DELETE CASCADE,
    CONSTRAINT fk_statistical_neighbour_neighbour FOREIGN KEY (neighbour_id) REFERENCES authority (id) ON DELETE CASCADE
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE source_letter (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sha256 CHAR(64) NOT NULL,
    file_name VARCHAR(${COLUMN_WIDTH.sourceLetter.fileName}) NULL,
    text LONGTEXT NOT NULL,
    byte_length INT NOT NULL,
    ingested_at DATETIME NOT NULL,
    authority_id INT NOT NULL,
    kind VARCHAR(${COLUMN_WIDTH.sourceLetter.kind}) NOT NULL,
    year INT NOT NULL,
    UNIQUE KEY uq_source_letter_sha256 (sha256),
    KEY idx_source_letter_authority_kind_year (authority_id, kind, year),
    CONSTRAINT fk_source_letter_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE assessment (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    authority_id INT NOT NULL,
    kind VARCHAR(${COLUMN_WIDTH.assessment.kind}) NOT NULL,
    year INT NOT NULL,
    published_on DATE NOT NULL,
    overall_grade INT NOT NULL,
    capacity_to_improve_grade INT NULL,
    social_care_grade INT NULL,
    summary MEDIUMTEXT NOT NULL,
    recipient_name VARCHAR(${COLUMN_WIDTH.assessment.recipientName}) NULL,
    recipient_role VARCHAR(${COLUMN_WIDTH.assessment.recipientRole}) NULL,
    source_letter_id INT NOT NULL,
    UNIQUE KEY uq_assessment_authority_kind_year (authority_id, kind, year),
    KEY idx_assessment_year_kind (year, kind),
    KEY idx_assessment_overall_grade (overall_grade),
    CONSTRAINT fk_assessment_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
    CONSTRAINT fk_assessment_source_letter FOREIGN KEY (source_letter_id) REFERENCES source_letter (id)
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE outcome_area (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id INT NOT NULL,
    area VARCHAR(${COLUMN_WIDTH.outcomeArea.area}) NOT NULL,
    grade INT NOT NULL,
    judgement VARCHAR(${COLUMN_WIDTH.outcomeArea.judgement}) NOT NULL,
    narrative MEDIUMTEXT NOT NULL,
    strengths MEDIUMTEXT NOT NULL,
    areas_for_improvement MEDIUMTEXT NOT NULL,
    UNIQUE KEY uq_outcome_area_assessment_area (assessment_id, area),
    KEY idx_outcome_area_area_grade (area, grade),
    CONSTRAINT fk_outcome_area_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE setting_judgement (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id INT NOT NULL,
    position INT NOT NULL,
    setting VARCHAR(${COLUMN_WIDTH.settingJudgement.setting}) NOT NULL,
    judgement VARCHAR(${COLUMN_WIDTH.settingJudgement.judgement}) NOT NULL,
    count INT NULL,
    total INT NULL,
    proportion DOUBLE NULL,
    source VARCHAR(${COLUMN_WIDTH.settingJudgement.source}) NOT NULL,
    evidence MEDIUMTEXT NOT NULL,
    KEY idx_setting_judgement_assessment_position (assessment_id, position),
    KEY idx_setting_judgement_setting_judgement (setting, judgement),
    CONSTRAINT fk_setting_judgement_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
];

const SQLITE = [
  `CREATE TABLE authority (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    la_code VARCHAR(${COLUMN_WIDTH.authority.laCode}) NOT NULL,
    name VARCHAR(${COLUMN_WIDTH.authority.name}) NOT NULL,
    short_name VARCHAR(${COLUMN_WIDTH.authority.shortName}) NOT NULL,
    ons_code VARCHAR(${COLUMN_WIDTH.authority.onsCode}) NULL,
    region VARCHAR(${COLUMN_WIDTH.authority.region}) NOT NULL,
    kind VARCHAR(${COLUMN_WIDTH.authority.kind}) NOT NULL,
    abolished_on DATE NULL
  )`,
  `CREATE UNIQUE INDEX uq_authority_la_code ON authority (la_code)`,
  `CREATE INDEX idx_authority_name ON authority (name)`,
  `CREATE INDEX idx_authority_region ON authority (region)`,
  `CREATE INDEX idx_authority_kind ON authority (kind)`,
  `CREATE TABLE statistical_neighbour (
    authority_id INTEGER NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
    neighbour_id INTEGER NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
    rank INTEGER NOT NULL,
    PRIMARY KEY (authority_id, neighbour_id)
  )`,
  `CREATE INDEX idx_statistical_neighbour_neighbour ON statistical_neighbour (neighbour_id)`,
  `CREATE TABLE source_letter (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 CHAR(64) NOT NULL,
    file_name VARCHAR(${COLUMN_WIDTH.sourceLetter.fileName}) NULL,
    text TEXT NOT NULL,
    byte_length INTEGER NOT NULL,
    ingested_at DATETIME NOT NULL,
    authority_id INTEGER NOT NULL REFERENCES authority (id),
    kind VARCHAR(${COLUMN_WIDTH.sourceLetter.kind}) NOT NULL,
    year INTEGER NOT NULL
  )`,
  `CREATE UNIQUE INDEX uq_source_letter_sha256 ON source_letter (sha256)`,
  `CREATE INDEX idx_source_letter_authority_kind_year ON source_letter (authority_id, kind, year)`,
  `CREATE TABLE assessment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id INTEGER NOT NULL REFERENCES authority (id),
    kind VARCHAR(${COLUMN_WIDTH.assessment.kind}) NOT NULL,
    year INTEGER NOT NULL,
    published_on DATE NOT NULL,
    overall_grade INTEGER NOT NULL,
    capacity_to_improve_grade INTEGER NULL,
    social_care_grade INTEGER NULL,
    summary TEXT NOT NULL,
    recipient_name VARCHAR(${COLUMN_WIDTH.assessment.recipientName}) NULL,
    recipient_role VARCHAR(${COLUMN_WIDTH.assessment.recipientRole}) NULL,
    source_letter_id INTEGER NOT NULL REFERENCES source_letter (id)
  )`,
  `CREATE UNIQUE INDEX uq_assessment_authority_kind_year ON assessment (authority_id, kind, year)`,
  `CREATE INDEX idx_assessment_year_kind ON assessment (year, kind)`,
  `CREATE INDEX idx_assessment_overall_grade ON assessment (overall_grade)`,
  `CREATE TABLE outcome_area (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    area VARCHAR(${COLUMN_WIDTH.outcomeArea.area}) NOT NULL,
    grade INTEGER NOT NULL,
    judgement VARCHAR(${COLUMN_WIDTH.outcomeArea.judgement}) NOT NULL,
    narrative TEXT NOT NULL,
    strengths TEXT NOT NULL,
    areas_for_improvement TEXT NOT NULL
  )`,
  `CREATE UNIQUE INDEX uq_outcome_area_assessment_area ON outcome_area (assessment_id, area)`,
  `CREATE INDEX idx_outcome_area_area_grade ON outcome_area (area, grade)`,
  `CREATE TABLE setting_judgement (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    setting VARCHAR(${COLUMN_WIDTH.settingJudgement.setting}) NOT NULL,
    judgement VARCHAR(${COLUMN_WIDTH.settingJudgement.judgement}) NOT NULL,
    count INTEGER NULL,
    total INTEGER NULL,
    proportion DOUBLE NULL,
    source VARCHAR(${COLUMN_WIDTH.settingJudgement.source}) NOT NULL,
    evidence TEXT NOT NULL
  )`,
  `CREATE INDEX idx_setting_judgement_assessment_position ON setting_judgement (assessment_id, position)`,
  `CREATE INDEX idx_setting_judgement_setting_judgement ON setting_judgement (setting, judgement)`,
];

const TABLES_NEWEST_FIRST = ['setting_judgement', 'outcome_area', 'assessment', 'source_letter', 'statistical_neighbour', 'authority'];

/** Tables for authorities, letters, assessments and their judgements, with an index per lookup. */
export class InitialSchema1732000000000 implements MigrationInterface {
  name = 'InitialSchema1732000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = databaseEngine(queryRunner.connection) === 'mysql' ? MYSQL : SQLITE;
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES_NEWEST_FIRST) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
