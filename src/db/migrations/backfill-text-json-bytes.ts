import type { QueryRunner } from 'typeorm';
import { jsonTextBytes } from '../../domain/json-text-bytes';

/** Letters read per round trip: a letter can be megabytes, so a few at a time bound memory. */
const BATCH_SIZE = 20;

interface LetterRow {
  id: number | string;
  text: string;
}

/**
 * Fills `source_letter.text_json_bytes` for the letters stored before the column: what each
 * text takes in a JSON answer. Plain SQL with bound parameters, so the migration does the same
 * whatever the entities become later.
 */
export async function backfillTextJsonBytes(queryRunner: QueryRunner): Promise<void> {
  let afterId = 0;
  for (;;) {
    const letters = (await queryRunner.query('SELECT id, text FROM source_letter WHERE id > ? ORDER BY id LIMIT ?', [
      afterId,
      BATCH_SIZE,
    ])) as LetterRow[];
    if (letters.length === 0) break;
    for (const row of letters) {
      await queryRunner.query('UPDATE source_letter SET text_json_bytes = ? WHERE id = ?', [jsonTextBytes(row.text), Number(row.id)]);
    }
    afterId = Number(letters.at(-1)!.id);
  }
}
