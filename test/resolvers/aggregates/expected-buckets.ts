import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ReferenceAuthority } from '../../../src/reference/reference-authorities';
import { type Grade, referenceAuthority } from './aggregate-fixtures';

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

/** The year the four councils created on 1 April 2009 received their first (and only) letter. */
const FIRST_YEAR_OF_THE_2009_COUNCILS = 2009;

/**
 * The DfE codes of the authorities that existed when a year's letters went out, read straight
 * from the reference CSV rather than through the production code, so that a wrong population
 * rule there cannot hide here. From 2009, the 152 rows marked `in_2009_set` (the councils
 * rated on 9 December 2009). Before 2009, those minus the councils that only came into being
 * on 1 April 2009, plus the councils they replaced: the CSV marks Bedfordshire and Cheshire
 * as "historic: APA letters 2005-2008; succeeded by 822 and 823" (and 895 and 896). That gives
 * 150 authorities for 2005-2008 and 152 for 2009, the counts the tests also state outright.
 */
export function expectedPopulationCodes(year: number): Set<string> {
  const rows = parse(readFileSync(path.resolve(__dirname, '../../../reference-data/la-codes-england.csv'), 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  }) as Array<Record<string, string>>;
  const rated2009 = rows.filter((row) => row.in_2009_set === 'yes').map((row) => row.dfe_la_code);
  if (year >= FIRST_YEAR_OF_THE_2009_COUNCILS) return new Set(rated2009);
  const replaced = rows.filter((row) => row.source.startsWith('historic: APA letters 2005-2008; succeeded by '));
  const successors = new Set(replaced.flatMap((row) => row.source.split('succeeded by ')[1].match(/\d{3}/g) ?? []));
  return new Set([...rated2009.filter((code) => !successors.has(code)), ...replaced.map((row) => row.dfe_la_code)]);
}

/**
 * What ratingDistribution should answer, worked out in plain code from the reference CSV and
 * the grades the test loaded: the independent oracle the SQL is checked against. Authorities
 * with a loaded letter count whether or not they existed that year.
 */
export function expectedBuckets(year: number, loaded: ReadonlyMap<string, Grade>, groupBy: Grouping): RatingBucketResult[] {
  const codes = new Set([...expectedPopulationCodes(year), ...loaded.keys()]);
  const population = [...codes].map(referenceAuthority);
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
