import { AssessmentKind } from './enums';

const RATING_LABELS: Readonly<Record<number, string>> = {
  4: 'Performs excellently',
  3: 'Performs well',
  2: 'Performs adequately',
  1: 'Performs poorly',
};

const APA_LABELS: Readonly<Record<number, string>> = {
  4: 'Outstanding',
  3: 'Good',
  2: 'Adequate',
  1: 'Inadequate',
};

/** The words Ofsted used for a grade: the 2009 ratings' "Performs well", the APA's "Good". */
export function gradeLabel(kind: AssessmentKind, grade: number): string {
  const labels = kind === AssessmentKind.ANNUAL_RATING ? RATING_LABELS : APA_LABELS;
  const label = labels[grade];
  if (label === undefined) throw new RangeError(`Grade must be 1-4, got ${grade}`);
  return label;
}
