import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COLUMN_WIDTH } from '../../entities/column-widths';
import { databaseEngine } from '../database-engine';
import { backfillPassages } from './backfill-passages';

const MYSQL_UP = [
  // InnoDB FULLTEXT: words of 3 to 84 characters, minus its default stopwords (see src/search/search-words.ts).
  `CREATE TABLE letter_passage (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id INT NOT NULL,
    position INT NOT NULL,
    kind VARCHAR(${COLUMN_WIDTH.letterPassage.kind}) NOT NULL,
    area VARCHAR(${COLUMN_WIDTH.letterPassage.area}) NULL,
    text MEDIUMTEXT NOT NULL,
    KEY idx_letter_passage_assessment_position (assessment_id, position),
    FULLTEXT KEY ft_letter_passage_text (text),
    CONSTRAINT fk_letter_passage_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
  ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
];

const MYSQL_DOWN = ['DROP TABLE letter_passage'];

const SQLITE_UP = [
  `CREATE TABLE letter_passage (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind VARCHAR(${COLUMN_WIDTH.letterPassage.kind}) NOT NULL,
    area VARCHAR(${COLUMN_WIDTH.letterPassage.area}) NULL,
    text TEXT NOT NULL
  )`,
  `CREATE INDEX idx_letter_passage_assessment_position ON letter_passage (assessment_id, position)`,
  // External-content FTS5: the text is stored once, in letter_passage; the triggers keep the
  // index in step with every insert, delete (including cascades from assessment) and update.
  // remove_diacritics 2 folds accents as MariaDB's utf8mb4_unicode_ci collation does.
  `CREATE VIRTUAL TABLE letter_passage_fts USING fts5(
    text, content='letter_passage', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  )`,
  `CREATE TRIGGER letter_passage_fts_after_insert AFTER INSERT ON letter_passage BEGIN
    INSERT INTO letter_passage_fts (rowid, text) VALUES (new.id, new.text);
  END`,
  `CREATE TRIGGER letter_passage_fts_after_delete AFTER DELETE ON letter_passage BEGIN
    INSERT INTO letter_passage_fts (letter_passage_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END`,
  `CREATE TRIGGER letter_passage_fts_after_update AFTER UPDATE ON letter_passage BEGIN
    INSERT INTO letter_passage_fts (letter_passage_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO letter_passage_fts (rowid, text) VALUES (new.id, new.text);
  END`,
];

const SQLITE_DOWN = [
  'DROP TRIGGER letter_passage_fts_after_update',
  'DROP TRIGGER letter_passage_fts_after_delete',
  'DROP TRIGGER letter_passage_fts_after_insert',
  'DROP TABLE letter_passage_fts',
  'DROP TABLE letter_passage',
];

/**
 * Full-text search over the letters: a table of passages (sentences and list items of each
 * assessment's letter) with a FULLTEXT index on MySQL/MariaDB or an FTS5 index on SQLite,
 * filled for the assessments already stored by re-parsing their source letters.
 */
export class LetterPassages1732000000100 implements MigrationInterface {
  name = 'LetterPassages1732000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of databaseEngine(queryRunner.connection) === 'mysql' ? MYSQL_UP : SQLITE_UP) await queryRunner.query(statement);
    await backfillPassages(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of databaseEngine(queryRunner.connection) === 'mysql' ? MYSQL_DOWN : SQLITE_DOWN)
      await queryRunner.query(statement);
  }
}
