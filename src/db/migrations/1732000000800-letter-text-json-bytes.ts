import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillTextJsonBytes } from './backfill-text-json-bytes';

/**
 * Keeps with each stored letter the bytes its text takes in a JSON answer, so the server can
 * weigh an answer's letter texts before it builds it (see `server/response-size.plugin.ts`):
 * one letter of megabytes asked for sixty times over would otherwise be serialised sixty
 * times. The existing `byte_length` is the text's UTF-8 length, which escaping can exceed.
 * Existing letters are measured from their text; ingest writes it with the letter.
 */
export class LetterTextJsonBytes1732000000800 implements MigrationInterface {
  name = 'LetterTextJsonBytes1732000000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE source_letter ADD COLUMN text_json_bytes INT NOT NULL DEFAULT 0');
    await backfillTextJsonBytes(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE source_letter DROP COLUMN text_json_bytes');
  }
}
