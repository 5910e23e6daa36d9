import type { DataSource } from 'typeorm';
import { authorityPopulationQuery } from './authority-population';
import { bucketColumn, bucketKeyOf, byKey } from './bucket-key';
import { sqlCount } from './sql-numbers';
import { GRADES_BEST_FIRST, type RatingTally, type RatingTallyRequest } from './rating-tallies';

/**
 * Counts grades per bucket in one grouped statement over every authority and assessment: the
 * full recount that the summary rows (see rating-tallies.ts) are checked against. The mean is
 * left to the caller as gradeSum / assessed because MySQL's AVG rounds to four decimals while
 * SQLite's does not.
 */
export async function recountRatingTallies(dataSource: DataSource, request: RatingTallyRequest): Promise<RatingTally[]> {
  const query = authorityPopulationQuery(dataSource, request)
    .select('COUNT(*)', 'total')
    .addSelect('COUNT(assessment.id)', 'assessed')
    .addSelect('SUM(assessment.overallGrade)', 'gradeSum')
    // An authority without an assessment has a NULL complete, which is not 0: only assessed authorities count.
    .addSelect('SUM(CASE WHEN assessment.complete = 0 THEN 1 ELSE 0 END)', 'incomplete');
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
    incomplete: sqlCount(raw.incomplete),
  };
}
