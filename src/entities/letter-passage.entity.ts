import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Area } from '../domain/enums';
import type { PassageKind } from '../domain/enums';
import { COLUMN_WIDTH } from './column-widths';

/**
 * One searchable passage of an assessment's letter (see `letterPassages`). The full-text
 * index over `text` is made by the migration: a FULLTEXT index on MySQL/MariaDB, an FTS5
 * table kept in step by triggers on SQLite. Rows go with their assessment (ON DELETE CASCADE)
 * and are rewritten when a newer letter replaces it.
 */
@Entity({ name: 'letter_passage' })
@Index(['assessmentId', 'position'])
export class LetterPassage {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'assessment_id', type: 'int' })
  assessmentId!: number;

  /** Order in the letter, from 1. */
  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: COLUMN_WIDTH.letterPassage.kind })
  kind!: PassageKind;

  @Column({ type: 'varchar', length: COLUMN_WIDTH.letterPassage.area, nullable: true })
  area!: Area | null;

  @Column({ type: 'text' })
  text!: string;
}
