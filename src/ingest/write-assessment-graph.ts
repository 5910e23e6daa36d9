import type { EntityManager } from 'typeorm';
import { Assessment, LetterPassage, OutcomeArea, SettingJudgement } from '../entities';
import { toAssessmentRow, toOutcomeAreaRows, toSettingJudgementRows } from './assessment-rows';
import { insertAll, insertOne } from '../db/insert-rows';
import { indexPassagesInMroonga } from '../db/mroonga-search';
import type { ParsedLetter } from '../letters/parsed-letter';
import { letterPassages } from '../letters/passages';
import { addContribution, emptyDeltas, readAssessmentContribution } from '../db/summaries/assessment-contribution';
import { applySummaryDeltas } from '../db/summaries/apply-summary-deltas';

/**
 * Writes the searchable passages of one assessment's letter in the caller's transaction, so
 * search never sees an assessment without its passages or with another letter's. One
 * multi-row INSERT; the full-text index follows by itself (InnoDB FULLTEXT, or the SQLite
 * triggers that feed the FTS5 table), and the passages are added to the Mroonga table where
 * search uses it (src/db/mroonga-search.ts).
 */
export async function writePassages(manager: EntityManager, assessmentId: number, letter: ParsedLetter): Promise<void> {
  const rows = letterPassages(letter).map((draft, index) => ({ assessmentId, position: index + 1, ...draft }));
  await insertAll(manager, LetterPassage, rows);
  await indexPassagesInMroonga(manager, assessmentId);
}

export interface AssessmentGraphTarget {
  authorityId: number;
  sourceLetterId: number;
  /** The assessment this letter replaces, updated in place so its id stays stable; null for a new one. */
  existingAssessmentId: number | null;
}

/**
 * Writes one letter's assessment with its outcome areas, setting judgements and searchable
 * passages, using the caller's transaction. A replaced assessment keeps its row and id; its
 * children are deleted and inserted afresh, because a new letter may judge different areas
 * and settings (and its old passages must stop matching). The summary rows the aggregates read
 * change in the same transaction: the replaced letter's contribution is taken away and the new
 * one added, so a committed assessment is always counted once.
 *
 * @returns the assessment's id
 */
export async function writeAssessmentGraph(manager: EntityManager, letter: ParsedLetter, target: AssessmentGraphTarget): Promise<number> {
  const row = toAssessmentRow(letter, target.authorityId, target.sourceLetterId);
  const deltas = emptyDeltas();
  let assessmentId: number;
  if (target.existingAssessmentId === null) {
    assessmentId = await insertOne(manager, Assessment, row);
  } else {
    assessmentId = target.existingAssessmentId;
    const before = await readAssessmentContribution(manager, assessmentId);
    if (before !== null) addContribution(deltas, before, -1);
    await manager.update(Assessment, { id: assessmentId }, row);
    await manager.delete(OutcomeArea, { assessmentId });
    await manager.delete(SettingJudgement, { assessmentId });
    await manager.delete(LetterPassage, { assessmentId });
  }
  await insertAll(manager, OutcomeArea, toOutcomeAreaRows(letter, assessmentId));
  await insertAll(manager, SettingJudgement, toSettingJudgementRows(letter, assessmentId));
  await writePassages(manager, assessmentId, letter);
  const after = await readAssessmentContribution(manager, assessmentId);
  if (after === null) throw new Error(`Assessment ${assessmentId} is missing from its own transaction`);
  addContribution(deltas, after, 1);
  await applySummaryDeltas(manager, deltas);
  return assessmentId;
}
