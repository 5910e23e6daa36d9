import { AssessmentKind } from '../../../src/domain/enums';
import { toRatingBucket } from '../../../src/resolvers/aggregates/aggregate.resolver';

describe('toRatingBucket', () => {
  it('lists all four grades best first, zero counts included, and derives unassessed and the mean', () => {
    const bucket = toRatingBucket(
      { key: 'North East', total: 12, assessed: 3, gradeSum: 8, countByGrade: { 4: 0, 3: 2, 2: 1, 1: 0 }, incomplete: 1 },
      AssessmentKind.ANNUAL_RATING,
    );
    expect(bucket).toEqual({
      key: 'North East',
      kind: AssessmentKind.ANNUAL_RATING,
      total: 12,
      assessed: 3,
      unassessed: 9,
      incomplete: 1,
      meanGrade: 8 / 3,
      grades: [
        { grade: 4, count: 0 },
        { grade: 3, count: 2 },
        { grade: 2, count: 1 },
        { grade: 1, count: 0 },
      ],
    });
  });

  it('has no mean when nothing in the bucket is assessed', () => {
    const bucket = toRatingBucket(
      { key: 'London', total: 33, assessed: 0, gradeSum: 0, countByGrade: { 4: 0, 3: 0, 2: 0, 1: 0 }, incomplete: 0 },
      AssessmentKind.ANNUAL_RATING,
    );
    expect(bucket.meanGrade).toBeNull();
    expect(bucket.unassessed).toBe(33);
  });
});
