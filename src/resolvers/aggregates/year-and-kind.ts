import type { AssessmentKind } from '../../domain/enums';

/** One year's letters of one kind: the unit every aggregate is computed for. */
export interface YearAndKind {
  year: number;
  kind: AssessmentKind;
}

/** A string that identifies a YearAndKind, for DataLoader caches and grouping keys. */
export function yearAndKindKey({ year, kind }: YearAndKind): string {
  return `${year}|${kind}`;
}
