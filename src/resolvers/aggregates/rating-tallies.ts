import type { DataSource } from 'typeorm';
import { SUMMARY_TABLE } from '../../db/summaries/summary-tables';
import type { DistributionGroup } from './distribution-group';
import { populationDay } from './authority-population';
import { ENGLAND_KEY, byKey } from './bucket-key';
import { DistributionGroup as Group } from './distribution-group';
import { sqlCount } from './sql-numbers';
import type { YearAndKind } from './year-and-kind';

/** Every grade, best first: the order buckets list them in. */
export const GRADES_BEST_FIRST = [4, 3, 2, 1] as const;
export type Grade = (typeof GRADES_BEST_FIRST)[number];

/** The grouped result for one bucket, before it becomes a RatingBucket. */
export interface RatingTally {
  key: string;
  /** Authorities in the bucket's population (see authorityPopulationQuery). */
  total: number;
  /** Of those, authorities with an assessment of the year and kind. */
  assessed: number;
  /** Sum of the assessed authorities' overall grades, for means that do not depend on the engine's AVG precision. */
  gradeSum: number;
  countByGrade: Record<Grade, number>;
  /** Of the assessed, those whose letter the parser could not read completely (`Assessment.quality.complete` false). */
  incomplete: number;
}

export interface RatingTallyRequest extends YearAndKind {
  groupBy: DistributionGroup;
}

/** The bucket key a summary row (region and kind of authority) falls into for a grouping. */
export function summaryBucketKey(groupBy: DistributionGroup, row: { region: string; authority_kind: string }): string {
  switch (groupBy) {
    case Group.REGION:
      return row.region;
    case Group.AUTHORITY_KIND:
      return row.authority_kind;
    case Group.NONE:
      return ENGLAND_KEY;
  }
}

interface TallyRow {
  region: string;
  authority_kind: string;
  population: number | string;
  outside_population: number | string;
  assessed: number | string;
  grade_sum: number | string;
  grade_1: number | string;
  grade_2: number | string;
  grade_3: number | string;
  grade_4: number | string;
  incomplete: number | string;
}

/**
 * Grade tallies per bucket from the summary rows, in one statement: the authorities that
 * existed on the year's population day (grouped by region, kind and the days they existed
 * between) and the year's grade rows, a few dozen rows at any scale. The population is the one
 * of authorityPopulationQuery: those that existed plus those assessed nonetheless
 * (`outside_population`), so `total = assessed + unassessed` holds. With groupBy NONE there is
 * always one bucket, as a grouped statement without GROUP BY gives.
 */
export async function queryRatingTallies(dataSource: DataSource, request: RatingTallyRequest): Promise<RatingTally[]> {
  const day = populationDay(request.year);
  const rows: TallyRow[] = await dataSource.query(
    `SELECT /* rating-tallies */ region, authority_kind, authorities AS population, 0 AS outside_population, 0 AS assessed,
       0 AS grade_sum, 0 AS grade_1, 0 AS grade_2, 0 AS grade_3, 0 AS grade_4, 0 AS incomplete
     FROM ${SUMMARY_TABLE.population}
     WHERE (established_on IS NULL OR established_on <= ?) AND (abolished_on IS NULL OR abolished_on > ?)
     UNION ALL
     SELECT region, authority_kind, 0, outside_population, assessed, grade_sum, grade_1, grade_2, grade_3, grade_4, incomplete
     FROM ${SUMMARY_TABLE.grades} WHERE year = ? AND kind = ?`,
    [day, day, request.year, request.kind],
  );
  const tallies = new Map<string, RatingTally>();
  if (request.groupBy === Group.NONE) tallies.set(ENGLAND_KEY, emptyTally(ENGLAND_KEY));
  for (const row of rows) {
    const key = summaryBucketKey(request.groupBy, row);
    const tally = tallies.get(key) ?? emptyTally(key);
    tally.total += sqlCount(row.population) + sqlCount(row.outside_population);
    tally.assessed += sqlCount(row.assessed);
    tally.gradeSum += sqlCount(row.grade_sum);
    tally.countByGrade[1] += sqlCount(row.grade_1);
    tally.countByGrade[2] += sqlCount(row.grade_2);
    tally.countByGrade[3] += sqlCount(row.grade_3);
    tally.countByGrade[4] += sqlCount(row.grade_4);
    tally.incomplete += sqlCount(row.incomplete);
    tallies.set(key, tally);
  }
  return [...tallies.values()].filter((tally) => tally.total > 0 || request.groupBy === Group.NONE).sort(byKey);
}

function emptyTally(key: string): RatingTally {
  return { key, total: 0, assessed: 0, gradeSum: 0, countByGrade: { 4: 0, 3: 0, 2: 0, 1: 0 }, incomplete: 0 };
}
