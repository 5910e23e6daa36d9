import type { Assessment, AssessmentRevision, OutcomeArea, SettingJudgement } from '../entities';
import type { ParsedLetter } from '../letters/parsed-letter';
import { isCompleteParse } from '../letters/parse-warnings';

/** The columns of an assessment row, everything but its id. */
export type AssessmentRow = Omit<Assessment, 'id'>;
export type OutcomeAreaRow = Omit<OutcomeArea, 'id'>;
export type SettingJudgementRow = Omit<SettingJudgement, 'id'>;
export type AssessmentRevisionRow = Omit<AssessmentRevision, 'id'>;

/** Maps a parsed letter onto the assessment row it becomes. */
export function toAssessmentRow(letter: ParsedLetter, authorityId: number, sourceLetterId: number): AssessmentRow {
  return {
    authorityId,
    kind: letter.kind,
    year: letter.year,
    publishedOn: letter.publishedOn,
    overallGrade: letter.overallGrade,
    capacityToImproveGrade: letter.capacityToImproveGrade,
    socialCareGrade: letter.socialCareGrade,
    summary: letter.summary,
    recipientName: letter.recipient?.name ?? null,
    recipientRole: letter.recipient?.role ?? null,
    sourceLetterId,
    warnings: letter.warnings,
    complete: isCompleteParse(letter.warnings),
  };
}

/** Maps a parsed letter's outcome areas onto rows of one assessment. */
export function toOutcomeAreaRows(letter: ParsedLetter, assessmentId: number): OutcomeAreaRow[] {
  return letter.outcomeAreas.map((area) => ({
    assessmentId,
    area: area.area,
    grade: area.grade,
    judgement: area.judgement,
    narrative: area.narrative,
    strengths: area.strengths,
    areasForImprovement: area.areasForImprovement,
  }));
}

/** Maps a parsed letter's setting judgements onto rows of one assessment, keeping the letter's order. */
export function toSettingJudgementRows(letter: ParsedLetter, assessmentId: number): SettingJudgementRow[] {
  return letter.settingJudgements.map((judgement, index) => ({
    assessmentId,
    position: index + 1,
    setting: judgement.setting,
    judgement: judgement.judgement,
    count: judgement.count,
    total: judgement.total,
    proportion: judgement.proportion ?? null,
    source: judgement.source,
    evidence: judgement.evidence,
  }));
}

/** Where a revision sits: its assessment, its place in the assessment's history and its letter. */
export interface RevisionPlace {
  assessmentId: number;
  number: number;
  sourceLetterId: number;
  acceptedAt: Date;
}

/**
 * Maps a parsed letter onto the revision row that keeps it readable once a later letter is
 * accepted: its grades, and its outcome areas and setting judgements as they were parsed.
 */
export function toRevisionRow(letter: ParsedLetter, place: RevisionPlace): AssessmentRevisionRow {
  return {
    ...place,
    publishedOn: letter.publishedOn,
    overallGrade: letter.overallGrade,
    capacityToImproveGrade: letter.capacityToImproveGrade,
    socialCareGrade: letter.socialCareGrade,
    outcomeAreas: toOutcomeAreaRows(letter, place.assessmentId).map(({ assessmentId: _assessment, ...area }) => area),
    settingJudgements: toSettingJudgementRows(letter, place.assessmentId).map(
      ({ assessmentId: _assessment, position: _position, ...judgement }) => judgement,
    ),
    warnings: letter.warnings,
  };
}
