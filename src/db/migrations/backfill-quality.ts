import type { QueryRunner } from 'typeorm';
import { WarningCode } from '../../domain/enums';
import { parseLetter } from '../../letters/parse-letter';
import { isCompleteParse, type ParseWarning } from '../../letters/parse-warnings';

/** Rows handled per round trip: bounds memory on a large database. */
const BATCH_SIZE = 100;

type Id = number | string;

interface LetterRow {
  id: Id;
  text: string;
}

interface RevisionWarningsRow {
  id: Id;
  warnings: string;
}

/**
 * Gives each stored assessment the warnings of its letter, re-read from the letter's kept
 * text with today's parser; a letter it no longer reads keeps no warnings and counts as
 * complete (its rows were stored by a parser that read it). Then turns the revisions' plain
 * string warnings, from before warnings had codes, into `{ code, message, evidence }`.
 * Plain SQL with bound parameters, so the migration does the same whatever the entities
 * become later.
 */
export async function backfillQuality(queryRunner: QueryRunner): Promise<void> {
  let afterId = 0;
  for (;;) {
    const letters = (await queryRunner.query(
      `SELECT assessment.id AS id, source_letter.text AS text
       FROM assessment JOIN source_letter ON source_letter.id = assessment.source_letter_id
       WHERE assessment.id > ? ORDER BY assessment.id LIMIT ?`,
      [afterId, BATCH_SIZE],
    )) as LetterRow[];
    if (letters.length === 0) break;
    for (const row of letters) {
      const parsed = parseLetter(row.text);
      const warnings = parsed.ok ? parsed.letter.warnings : [];
      await queryRunner.query('UPDATE assessment SET warnings = ?, complete = ? WHERE id = ?', [
        JSON.stringify(warnings),
        isCompleteParse(warnings) ? 1 : 0,
        Number(row.id),
      ]);
    }
    afterId = Number(letters.at(-1)!.id);
  }
  await codeRevisionWarnings(queryRunner);
}

async function codeRevisionWarnings(queryRunner: QueryRunner): Promise<void> {
  const rows = (await queryRunner.query("SELECT id, warnings FROM assessment_revision WHERE warnings <> '[]'")) as RevisionWarningsRow[];
  for (const row of rows) {
    const stored = JSON.parse(row.warnings) as unknown[];
    if (!stored.some((warning) => typeof warning === 'string')) continue;
    const coded: ParseWarning[] = stored.map((warning) =>
      typeof warning === 'string' ? { code: WarningCode.MISSPELT_WORD, message: warning, evidence: null } : (warning as ParseWarning),
    );
    await queryRunner.query('UPDATE assessment_revision SET warnings = ? WHERE id = ?', [JSON.stringify(coded), Number(row.id)]);
  }
}
