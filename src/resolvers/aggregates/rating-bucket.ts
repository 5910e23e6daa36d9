import type { AssessmentKind } from '../../domain/enums';
import type { RatingBucket } from './rating-bucket.type';
import { GRADES_BEST_FIRST, type RatingTally } from './rating-tallies';
import { meanOf } from './sql-numbers';

/** Shapes one grouped tally as the GraphQL bucket: all four grades listed, the mean derived. */
export function toRatingBucket(tally: RatingTally, kind: AssessmentKind): RatingBucket {
  return {
    key: tally.key,
    kind,
    total: tally.total,
    assessed: tally.assessed,
    unassessed: tally.total - tally.assessed,
    meanGrade: meanOf(tally.gradeSum, tally.assessed),
    grades: GRADES_BEST_FIRST.map((grade) => ({ grade, count: tally.countByGrade[grade] })),
  };
}
