import type { AssessmentKind } from '../../domain/enums';

export const KIND_DESCRIPTION =
  'Which letters to count; by default the kind sent that year: ANNUAL_RATING for 2009, ANNUAL_PERFORMANCE_ASSESSMENT for 2005-2008';

/** One year's letters of one kind: the unit every aggregate is computed for. */
export interface YearAndKind {
  year: number;
  kind: AssessmentKind;
}

/** A string that identifies a YearAndKind, for DataLoader caches and grouping keys. */
export function yearAndKindKey({ year, kind }: YearAndKind): string {
  return `${year}|${kind}`;
}
