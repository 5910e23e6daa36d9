import type { EntityManager } from 'typeorm';
import { LetterPassage } from '../entities';
import { letterPassages } from '../letters/passages';
import { insertAll } from '../db/insert-rows';
import type { ParsedLetter } from '../letters/parsed-letter';

/**
 * Writes the searchable passages of one assessment's letter in the caller's transaction, so
 * search never sees an assessment without its passages or with another letter's. One
 * multi-row INSERT; the full-text index follows by itself (InnoDB FULLTEXT, or the SQLite
 * triggers that feed the FTS5 table).
 */
export async function writePassages(manager: EntityManager, assessmentId: number, letter: ParsedLetter): Promise<void> {
  const rows = letterPassages(letter).map((draft, index) => ({ assessmentId, position: index + 1, ...draft }));
  await insertAll(manager, LetterPassage, rows);
}
