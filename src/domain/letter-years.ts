import { AssessmentKind } from './enums';

/** The year of the first APA letters. */
export const FIRST_LETTER_YEAR = 2005;

/** The year of the last letters of either kind: the 2009 annual rating. */
export const LAST_LETTER_YEAR = 2009;

/** The year of the first (and only) children's services annual rating letters. */
export const FIRST_ANNUAL_RATING_YEAR = 2009;

/**
 * The kind of letter Ofsted sent in a year: APA letters 2005-2008, annual ratings from 2009.
 * Aggregates count one kind at a time so that no authority is counted twice in a year.
 */
export function assessmentKindForYear(year: number): AssessmentKind {
  return year >= FIRST_ANNUAL_RATING_YEAR ? AssessmentKind.ANNUAL_RATING : AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT;
}
