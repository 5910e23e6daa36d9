import { referenceAuthorities, type ReferenceAuthority } from '../../../src/reference/reference-authorities';
import type { Grade } from './aggregate-fixtures';

/** A RatingBucket as the API returns it. */
export interface RatingBucketResult {
  key: string;
  total: number;
  assessed: number;
  unassessed: number;
  meanGrade: number | null;
  grades: Array<{ grade: number; count: number }>;
}

export type Grouping = 'NONE' | 'REGION' | 'AUTHORITY_KIND';

/**
 * What ratingDistribution should answer, worked out in plain code from the reference data
 * and the grades the test loaded: the independent oracle the SQL is checked against.
 */
export function expectedBuckets(year: number, loaded: ReadonlyMap<string, Grade>, groupBy: Grouping): RatingBucketResult[] {
  const yearEnd = `${year}-12-31`;
  const population = referenceAuthorities().filter(
    (authority) => authority.abolishedOn === null || authority.abolishedOn > yearEnd || loaded.has(authority.laCode),
  );
  const keyOf = (authority: ReferenceAuthority): string =>
    groupBy === 'NONE' ? 'England' : groupBy === 'REGION' ? authority.region : authority.kind;
  const keys = [...new Set(population.map(keyOf))].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
  return keys.map((key) => {
    const members = population.filter((authority) => keyOf(authority) === key);
    const grades = members.flatMap((authority) => loaded.get(authority.laCode) ?? []);
    const sum = grades.reduce((total, grade) => total + grade, 0);
    return {
      key,
      total: members.length,
      assessed: grades.length,
      unassessed: members.length - grades.length,
      meanGrade: grades.length === 0 ? null : sum / grades.length,
      grades: [4, 3, 2, 1].map((grade) => ({ grade, count: grades.filter((given) => given === grade).length })),
    };
  });
}

/** The mean of the loaded grades of some authorities, null when none is loaded. */
export function expectedMean(laCodes: readonly string[], loaded: ReadonlyMap<string, Grade>): { mean: number | null; assessed: number } {
  const grades = laCodes.flatMap((laCode) => loaded.get(laCode) ?? []);
  return { mean: grades.length === 0 ? null : grades.reduce((sum, grade) => sum + grade, 0) / grades.length, assessed: grades.length };
}
