import type { QueryRunner } from 'typeorm';
import { parseLetter } from '../../letters/parse-letter';
import { letterPassages } from '../../letters/passages';

/** Letters re-parsed per round trip: bounds memory on a large database. */
const BATCH_SIZE = 100;

interface StoredLetterRow {
  assessmentId: number | string;
  text: string;
}

/**
 * Gives every stored assessment its searchable passages by re-parsing its current source
 * letter with the pure parser, so a database that held letters before search existed gains
 * search when migrated. Plain SQL with bound parameters rather than entities: a migration must
 * keep working when the entity classes later change. Assessments that already have passages
 * are left alone, and a letter the parser no longer reads is skipped rather than failing the
 * migration (its assessment simply has no passages until it is ingested again).
 *
 * @returns how many assessments received passages
 */
export async function backfillPassages(queryRunner: QueryRunner): Promise<number> {
  let filled = 0;
  let afterId = 0;
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT assessment.id AS assessmentId, source_letter.text AS text
       FROM assessment
       JOIN source_letter ON source_letter.id = assessment.source_letter_id
       WHERE assessment.id > ?
         AND NOT EXISTS (SELECT 1 FROM letter_passage WHERE letter_passage.assessment_id = assessment.id)
       ORDER BY assessment.id
       LIMIT ?`,
      [afterId, BATCH_SIZE],
    )) as StoredLetterRow[];
    if (rows.length === 0) return filled;
    for (const row of rows) {
      const assessmentId = Number(row.assessmentId);
      if (await insertPassagesOf(queryRunner, assessmentId, row.text)) filled += 1;
      afterId = assessmentId;
    }
  }
}

async function insertPassagesOf(queryRunner: QueryRunner, assessmentId: number, text: string): Promise<boolean> {
  const parsed = parseLetter(text);
  if (!parsed.ok) return false;
  const drafts = letterPassages(parsed.letter);
  if (drafts.length === 0) return false;
  const placeholders = drafts.map(() => '(?, ?, ?, ?, ?)').join(', ');
  const parameters = drafts.flatMap((draft, index) => [assessmentId, index + 1, draft.kind, draft.area, draft.text]);
  await queryRunner.query(`INSERT INTO letter_passage (assessment_id, position, kind, area, text) VALUES ${placeholders}`, parameters);
  return true;
}
