import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Assessment, AssessmentRevision, Authority, SourceLetter } from '../entities';
import { toRevisionRow } from './assessment-rows';
import { type IngestOutcome, type IngestTarget, IngestErrorCode, ingestFailure } from './ingest-outcome';
import { assessLetterQuality } from './letter-quality';
import { databaseEngine } from '../db/database-engine';
import { jsonTextBytes } from '../domain/json-text-bytes';
import { insertOne } from '../db/insert-rows';
import type { ParsedLetter } from '../letters/parsed-letter';
import { writeAssessmentGraph } from './write-assessment-graph';
import { SAME_LETTER_ANOTHER_FORMAT, servesSameLetter } from './same-letter';

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

export interface StoreLetterOptions {
  /**
   * Store a different letter for an authority, kind and year that already has one as the
   * assessment's new version. Without it such a letter is a `conflict` and nothing is written:
   * a document that merely looks like a letter must never displace a real one unasked.
   */
  replace?: boolean;
}

/**
 * Stores one parsed letter inside the caller's transaction and says what happened:
 * `ingested` (a new assessment, revision 1), `unchanged` (this text was seen before, even if
 * a newer letter has since replaced it, so re-running a folder never flips an assessment back
 * and forth; or its parse equals the letter the assessment serves: the same letter in another
 * format, noted as such), `conflict` (another letter is stored and `replace` was not given; nothing is
 * written) or `replaced` (the assessment keeps its id and serves the new letter; a new
 * revision records it and the earlier ones stay as they were). Source letters and revisions
 * are only ever added.
 */
export async function storeLetter(manager: EntityManager, input: LetterToStore, options: StoreLetterOptions = {}): Promise<IngestOutcome> {
  const { letter } = input;
  const authority = await manager.findOne(Authority, { where: { laCode: input.laCode }, select: { id: true, name: true } });
  if (authority === null) {
    return ingestFailure(
      IngestErrorCode.UNKNOWN_AUTHORITY,
      `The letter is addressed to ${letter.authority.name} (LA code ${input.laCode}), which is not in the authorities table`,
    );
  }
  const quality = assessLetterQuality(letter);
  const existingSource = await manager.findOne(SourceLetter, { where: { sha256: input.sha256 }, select: { id: true } });
  const existingAssessment = await findAssessment(manager, authority.id, letter, options.replace === true);
  const target = (assessmentId: number): IngestTarget => ({
    assessmentId,
    authorityId: authority.id,
    authorityName: authority.name,
    kind: letter.kind,
    year: letter.year,
  });
  if (existingSource !== null && existingAssessment !== null) {
    return { status: 'unchanged', ...target(existingAssessment.id), sourceLetterId: existingSource.id, quality };
  }
  // Checked with or without `replace`: a revision equal to the current one would change nothing.
  if (existingAssessment !== null && (await servesSameLetter(manager, existingAssessment, letter))) {
    return {
      status: 'unchanged',
      ...target(existingAssessment.id),
      sourceLetterId: existingAssessment.sourceLetterId,
      quality,
      note: SAME_LETTER_ANOTHER_FORMAT,
    };
  }
  if (existingAssessment !== null && options.replace !== true) {
    const current = await manager.findOne(SourceLetter, {
      where: { id: existingAssessment.sourceLetterId },
      select: { id: true, fileName: true },
    });
    return {
      status: 'conflict',
      ...target(existingAssessment.id),
      currentSourceLetterId: existingAssessment.sourceLetterId,
      currentFileName: current?.fileName ?? null,
      quality,
    };
  }
  const acceptedAt = new Date();
  const sourceLetterId =
    existingSource?.id ??
    (await insertOne(manager, SourceLetter, {
      sha256: input.sha256,
      fileName: input.fileName,
      text: input.text,
      byteLength: Buffer.byteLength(input.text, 'utf8'),
      textJsonBytes: jsonTextBytes(input.text),
      ingestedAt: acceptedAt,
      authorityId: authority.id,
      kind: letter.kind,
      year: letter.year,
    }));
  if (existingAssessment === null) {
    const assessmentId = await writeAssessmentGraph(manager, letter, {
      authorityId: authority.id,
      sourceLetterId,
      existingAssessmentId: null,
    });
    await insertOne(manager, AssessmentRevision, toRevisionRow(letter, { assessmentId, number: 1, sourceLetterId, acceptedAt }));
    return { status: 'ingested', ...target(assessmentId), sourceLetterId, quality };
  }
  const assessmentId = existingAssessment.id;
  // Writers of one assessment take turns on its row lock (see findAssessment), so the number is
  // free; the revision still goes first, so should two ever pick one number the unique index
  // stops the later before it touches the assessment, and it retries (see ingestLetter).
  const number = (await latestRevisionNumber(manager, assessmentId)) + 1;
  await insertOne(manager, AssessmentRevision, toRevisionRow(letter, { assessmentId, number, sourceLetterId, acceptedAt }));
  await writeAssessmentGraph(manager, letter, { authorityId: authority.id, sourceLetterId, existingAssessmentId: assessmentId });
  return { status: 'replaced', ...target(assessmentId), sourceLetterId, quality };
}

/**
 * The assessment a letter belongs to, if stored. Before a replacement on MariaDB/MySQL the
 * row is locked (`SELECT ... FOR UPDATE`) so two replacements of one assessment take turns
 * instead of deadlocking on it; SQLite runs one write transaction at a time anyway.
 */
function findAssessment(
  manager: EntityManager,
  authorityId: number,
  letter: ParsedLetter,
  forReplacement: boolean,
): Promise<Pick<Assessment, 'id' | 'sourceLetterId'> | null> {
  const lock = forReplacement && databaseEngine(manager.connection) === 'mysql' ? { mode: 'pessimistic_write' as const } : undefined;
  return manager.findOne(Assessment, {
    where: { authorityId, kind: letter.kind, year: letter.year },
    select: { id: true, sourceLetterId: true },
    lock,
  });
}

/**
 * The assessment's highest revision number. On MariaDB/MySQL it is a locking read: the
 * transaction's earlier plain reads fixed a REPEATABLE READ snapshot, and a plain MAX would be
 * read from it, missing the revision that the writer we waited for (on the assessment's row
 * lock) has just committed, so every waiter would pick the same number. A locking read sees
 * the newest committed rows.
 */
async function latestRevisionNumber(manager: EntityManager, assessmentId: number): Promise<number> {
  const query = manager
    .createQueryBuilder(AssessmentRevision, 'revision')
    .select('MAX(revision.number)', 'latest')
    .where('revision.assessmentId = :assessmentId', { assessmentId });
  if (databaseEngine(manager.connection) === 'mysql') query.setLock('pessimistic_write');
  const row = await query.getRawOne<{ latest: number | string | null }>();
  return Number(row?.latest ?? 0);
}
