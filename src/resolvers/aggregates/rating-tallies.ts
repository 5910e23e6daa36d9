import type { DataSource } from 'typeorm';
import type { DistributionGroup } from './distribution-group';
import { authorityPopulationQuery } from './authority-population';
import { bucketColumn, bucketKeyOf, byKey } from './bucket-key';
import { sqlCount } from './sql-numbers';
import type { YearAndKind } from './year-and-kind';

/** Every grade, best first: the order buckets list them in. */
export const GRADES_BEST_FIRST = [4, 3, 2, 1] as const;
export type Grade = (typeof GRADES_BEST_FIRST)[number];

/** The grouped SQL result for one bucket, before it becomes a RatingBucket. */
export interface RatingTally {
  key: string;
  /** Authorities in the bucket's population (see authorityPopulationQuery). */
  total: number;
  /** Of those, authorities with an assessment of the year and kind. */
  assessed: number;
  /** Sum of the assessed authorities' overall grades, for means that do not depend on the engine's AVG precision. */
  gradeSum: number;
  countByGrade: Record<Grade, number>;
}

export interface RatingTallyRequest extends YearAndKind {
  groupBy: DistributionGroup;
}

/**
 * Counts grades per bucket in one grouped statement. The mean is left to the caller as
 * gradeSum / assessed because MySQL's AVG rounds to four decimals while SQLite's does not.
 */
export async function queryRatingTallies(dataSource: DataSource, request: RatingTallyRequest): Promise<RatingTally[]> {
  const query = authorityPopulationQuery(dataSource, request)
    .select('COUNT(*)', 'total')
    .addSelect('COUNT(assessment.id)', 'assessed')
    .addSelect('SUM(assessment.overallGrade)', 'gradeSum');
  for (const grade of GRADES_BEST_FIRST) {
    query
      .addSelect(`SUM(CASE WHEN assessment.overallGrade = :grade${grade} THEN 1 ELSE 0 END)`, `grade${grade}`)
      .setParameter(`grade${grade}`, grade);
  }
  const column = bucketColumn(request.groupBy);
  if (column) query.addSelect(column, 'bucket').groupBy(column);

  const rows = await query.getRawMany<Record<string, unknown>>();
  return rows.map(toRatingTally).sort(byKey);
}

function toRatingTally(raw: Record<string, unknown>): RatingTally {
  return {
    key: bucketKeyOf(raw),
    total: sqlCount(raw.total),
    assessed: sqlCount(raw.assessed),
    gradeSum: sqlCount(raw.gradeSum),
    countByGrade: { 4: sqlCount(raw.grade4), 3: sqlCount(raw.grade3), 2: sqlCount(raw.grade2), 1: sqlCount(raw.grade1) },
  };
}
