import type { QueryRunner } from 'typeorm';
import { parseLetter } from '../../letters/parse-letter';
import type { ParsedLetter } from '../../letters/parsed-letter';

/** Assessments handled per round trip: bounds memory on a large database. */
const BATCH_SIZE = 100;

type Id = number | string;

interface AssessmentRow {
  id: Id;
  sourceLetterId: Id;
  acceptedAt: unknown;
  publishedOn: string;
  overallGrade: Id;
  capacityToImproveGrade: Id | null;
  socialCareGrade: Id | null;
}

interface OutcomeAreaRow {
  assessmentId: Id;
  area: string;
  grade: Id;
  judgement: string;
  narrative: string;
  strengths: string;
  areasForImprovement: string;
}

interface SettingJudgementRow {
  assessmentId: Id;
  setting: string;
  judgement: string;
  count: Id | null;
  total: Id | null;
  proportion: number | null;
  source: string;
  evidence: string;
}

interface SupersededLetterRow {
  assessmentId: Id;
  id: Id;
  text: string;
  acceptedAt: unknown;
}

/** The columns of one revision row, in the order of {@link REVISION_COLUMNS}. */
type RevisionValues = [number, number, number, unknown, string, number, number | null, number | null, string, string, string];

const REVISION_COLUMNS =
  'assessment_id, revision_number, source_letter_id, accepted_at, published_on, overall_grade, ' +
  'capacity_to_improve_grade, social_care_grade, outcome_areas, setting_judgements, warnings';

const orNull = (value: Id | null): number | null => (value === null ? null : Number(value));

/**
 * Gives every stored assessment its revisions: first the letters it replaced before
 * revisions existed (their text was always kept; each is re-read with the parser, and one it
 * no longer reads as a letter is left out), then its current version from its own rows.
 * Plain SQL with bound parameters, and its own copy of the row shapes, so the migration keeps
 * creating the same rows when the entities or the ingest code change later.
 *
 * @returns how many revisions were written
 */
export async function backfillRevisions(queryRunner: QueryRunner): Promise<number> {
  let written = 0;
  let afterId = 0;
  for (;;) {
    const assessments = (await queryRunner.query(
      `SELECT assessment.id AS id, assessment.source_letter_id AS sourceLetterId, source_letter.ingested_at AS acceptedAt,
              assessment.published_on AS publishedOn, assessment.overall_grade AS overallGrade,
              assessment.capacity_to_improve_grade AS capacityToImproveGrade, assessment.social_care_grade AS socialCareGrade
       FROM assessment JOIN source_letter ON source_letter.id = assessment.source_letter_id
       WHERE assessment.id > ? ORDER BY assessment.id LIMIT ?`,
      [afterId, BATCH_SIZE],
    )) as AssessmentRow[];
    if (assessments.length === 0) return written;
    const rows = await revisionsOf(queryRunner, assessments);
    if (rows.length > 0) {
      const placeholders = rows
        .map(
          () =>
            `(${REVISION_COLUMNS.split(',')
              .map(() => '?')
              .join(', ')})`,
        )
        .join(', ');
      await queryRunner.query(`INSERT INTO assessment_revision (${REVISION_COLUMNS}) VALUES ${placeholders}`, rows.flat());
    }
    written += rows.length;
    afterId = Number(assessments.at(-1)!.id);
  }
}

async function revisionsOf(queryRunner: QueryRunner, assessments: AssessmentRow[]): Promise<RevisionValues[]> {
  const ids = assessments.map((row) => Number(row.id));
  const marks = ids.map(() => '?').join(', ');
  const areas = (await queryRunner.query(
    `SELECT assessment_id AS assessmentId, area, grade, judgement, narrative, strengths, areas_for_improvement AS areasForImprovement
     FROM outcome_area WHERE assessment_id IN (${marks}) ORDER BY id`,
    ids,
  )) as OutcomeAreaRow[];
  const settings = (await queryRunner.query(
    `SELECT assessment_id AS assessmentId, setting, judgement, count, total, proportion, source, evidence
     FROM setting_judgement WHERE assessment_id IN (${marks}) ORDER BY assessment_id, position`,
    ids,
  )) as SettingJudgementRow[];
  const superseded = (await queryRunner.query(
    `SELECT assessment.id AS assessmentId, source_letter.id AS id, source_letter.text AS text, source_letter.ingested_at AS acceptedAt
     FROM assessment JOIN source_letter
       ON source_letter.authority_id = assessment.authority_id AND source_letter.kind = assessment.kind
      AND source_letter.year = assessment.year AND source_letter.id <> assessment.source_letter_id
     WHERE assessment.id IN (${marks}) ORDER BY source_letter.id`,
    ids,
  )) as SupersededLetterRow[];

  const rows: RevisionValues[] = [];
  for (const assessment of assessments) {
    const assessmentId = Number(assessment.id);
    let number = 0;
    for (const letter of superseded.filter((row) => Number(row.assessmentId) === assessmentId)) {
      const parsed = parseLetter(letter.text);
      if (!parsed.ok) continue;
      number += 1;
      rows.push(parsedRevision(assessmentId, number, Number(letter.id), letter.acceptedAt, parsed.letter));
    }
    const ownAreas = areas
      .filter((row) => Number(row.assessmentId) === assessmentId)
      .map((row) => ({
        area: row.area,
        grade: Number(row.grade),
        judgement: row.judgement,
        narrative: row.narrative,
        strengths: JSON.parse(row.strengths) as string[],
        areasForImprovement: JSON.parse(row.areasForImprovement) as string[],
      }));
    const ownSettings = settings
      .filter((row) => Number(row.assessmentId) === assessmentId)
      .map((row) => ({
        setting: row.setting,
        judgement: row.judgement,
        count: orNull(row.count),
        total: orNull(row.total),
        proportion: row.proportion === null ? null : Number(row.proportion),
        source: row.source,
        evidence: row.evidence,
      }));
    rows.push([
      assessmentId,
      number + 1,
      Number(assessment.sourceLetterId),
      assessment.acceptedAt,
      assessment.publishedOn,
      Number(assessment.overallGrade),
      orNull(assessment.capacityToImproveGrade),
      orNull(assessment.socialCareGrade),
      JSON.stringify(ownAreas),
      JSON.stringify(ownSettings),
      '[]',
    ]);
  }
  return rows;
}

function parsedRevision(
  assessmentId: number,
  number: number,
  sourceLetterId: number,
  acceptedAt: unknown,
  letter: ParsedLetter,
): RevisionValues {
  // Whatever shape the parser of the day gives its warnings in; a later migration gives old strings codes.
  const { warnings } = letter as unknown as { warnings?: readonly unknown[] };
  return [
    assessmentId,
    number,
    sourceLetterId,
    acceptedAt,
    letter.publishedOn,
    letter.overallGrade,
    letter.capacityToImproveGrade,
    letter.socialCareGrade,
    JSON.stringify(letter.outcomeAreas),
    JSON.stringify(letter.settingJudgements.map((judgement) => ({ ...judgement, proportion: judgement.proportion ?? null }))),
    JSON.stringify(warnings ?? []),
  ];
}
