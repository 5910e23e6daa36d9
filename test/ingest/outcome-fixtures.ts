import { AssessmentKind } from '../../src/domain/enums';
import type { IngestConflict, IngestSuccess } from '../../src/ingest/ingest-outcome';
import type { LetterQuality } from '../../src/ingest/letter-quality';

/** What Kent's 2009 rating letter gives: no outcome areas or list items, 15 setting judgements. */
export const KENT_QUALITY: LetterQuality = {
  kind: AssessmentKind.ANNUAL_RATING,
  year: 2009,
  authorityName: 'Kent County Council',
  overallGrade: 3,
  outcomeAreas: 0,
  listItems: 0,
  settingJudgements: 15,
  complete: true,
  warnings: [],
};

/** Kent's 2009 rating letter, stored as assessment 5. */
export const KENT_INGESTED: IngestSuccess = {
  status: 'ingested',
  assessmentId: 5,
  authorityId: 80,
  authorityName: 'Kent County Council',
  sourceLetterId: 5,
  kind: AssessmentKind.ANNUAL_RATING,
  year: 2009,
  quality: KENT_QUALITY,
};

/** Another letter for Kent's 2009 rating, refused because assessment 5 holds kent.txt. */
export const KENT_CONFLICT: IngestConflict = {
  status: 'conflict',
  assessmentId: 5,
  authorityId: 80,
  authorityName: 'Kent County Council',
  kind: AssessmentKind.ANNUAL_RATING,
  year: 2009,
  currentSourceLetterId: 5,
  currentFileName: 'kent.txt',
  quality: { ...KENT_QUALITY, overallGrade: 1 },
};
