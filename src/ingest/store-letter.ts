import type { EntityManager } from 'typeorm';
import { Assessment, Authority, SourceLetter } from '../entities';
import { type IngestOutcome, IngestErrorCode, ingestFailure } from './ingest-outcome';
import { insertOne } from '../db/insert-rows';
import type { ParsedLetter } from '../letters/parsed-letter';
import { writeAssessmentGraph } from './write-assessment-graph';
import { createHash } from 'node:crypto';

/**
 * Hex SHA-256 of a letter's text (UTF-8). It is the identity of a source letter: the same
 * text always hashes the same, so re-ingesting it can be recognised and skipped.
 */
export function hashLetterText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface LetterToStore {
  letter: ParsedLetter;
  /** The authority's DfE code, already known to be present in the parse. */
  laCode: string;
  text: string;
  sha256: string;
  fileName: string | null;
}

/**
 * Stores one parsed letter inside the caller's transaction and says what happened. Text
 * seen before (same SHA-256) is `unchanged` even when a newer letter has since replaced it,
 * so re-running a folder never flips assessments back and forth. Source letters are only
 * ever added, keeping every replaced text for provenance.
 */
export async function storeLetter(manager: EntityManager, input: LetterToStore): Promise<IngestOutcome> {
  const { letter } = input;
  const authority = await manager.findOne(Authority, { where: { laCode: input.laCode }, select: { id: true, name: true } });
  if (authority === null) {
    return ingestFailure(
      IngestErrorCode.UNKNOWN_AUTHORITY,
      `The letter is addressed to ${letter.authority.name} (LA code ${input.laCode}), which is not in the authorities table`,
    );
  }
  const existingSource = await manager.findOne(SourceLetter, { where: { sha256: input.sha256 }, select: { id: true } });
  const existingAssessment = await manager.findOne(Assessment, {
    where: { authorityId: authority.id, kind: letter.kind, year: letter.year },
    select: { id: true, sourceLetterId: true },
  });
  const success = { authorityId: authority.id, authorityName: authority.name, kind: letter.kind, year: letter.year };
  if (existingSource !== null && existingAssessment !== null) {
    return { status: 'unchanged', assessmentId: existingAssessment.id, sourceLetterId: existingSource.id, ...success };
  }
  const sourceLetterId =
    existingSource?.id ??
    (await insertOne(manager, SourceLetter, {
      sha256: input.sha256,
      fileName: input.fileName,
      text: input.text,
      byteLength: Buffer.byteLength(input.text, 'utf8'),
      ingestedAt: new Date(),
      authorityId: authority.id,
      kind: letter.kind,
      year: letter.year,
    }));
  const assessmentId = await writeAssessmentGraph(manager, letter, {
    authorityId: authority.id,
    sourceLetterId,
    existingAssessmentId: existingAssessment?.id ?? null,
  });
  return { status: existingAssessment === null ? 'ingested' : 'replaced', assessmentId, sourceLetterId, ...success };
}
