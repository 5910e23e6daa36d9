import { AssessmentKind } from '../../../src/domain/enums';
import { compareAuthority } from '../../../src/resolvers/aggregates/authority-comparison';
import type { RatingTally } from '../../../src/resolvers/aggregates/rating-tallies';

function tally(key: string, total: number, assessed: number, gradeSum: number, incomplete = 0): RatingTally {
  return { key, total, assessed, gradeSum, countByGrade: { 4: 0, 3: 0, 2: 0, 1: 0 }, incomplete };
}

describe('compareAuthority', () => {
  const yearAndKind = { year: 2009, kind: AssessmentKind.ANNUAL_RATING };
  const regions = [tally('South East', 19, 2, 5, 1), tally('South West', 16, 3, 8, 2), tally('London', 33, 0, 0)];

  it('takes its region from the tallies and England from their sums', () => {
    const comparison = compareAuthority(
      { region: 'South West' },
      yearAndKind,
      { authorityId: 1, grade: 3, neighbourCount: 10, neighboursAssessed: 4, neighboursIncomplete: 1, neighbourGradeSum: 10 },
      regions,
    );
    expect(comparison).toEqual({
      year: 2009,
      kind: AssessmentKind.ANNUAL_RATING,
      grade: 3,
      regionMean: 8 / 3,
      regionAssessed: 3,
      regionIncomplete: 2,
      regionAuthorities: 16,
      neighbourMean: 2.5,
      neighboursAssessed: 4,
      neighboursIncomplete: 1,
      neighbourCount: 10,
      englandMean: 13 / 5,
      englandAssessed: 5,
      englandIncomplete: 3,
      englandAuthorities: 68,
    });
  });

  it('has null means where nothing is loaded', () => {
    const comparison = compareAuthority(
      { region: 'London' },
      yearAndKind,
      { authorityId: 2, grade: null, neighbourCount: 10, neighboursAssessed: 0, neighboursIncomplete: 0, neighbourGradeSum: 0 },
      regions,
    );
    expect(comparison).toMatchObject({
      grade: null,
      regionMean: null,
      regionAssessed: 0,
      regionIncomplete: 0,
      regionAuthorities: 33,
      neighbourMean: null,
    });
    expect(comparison.englandMean).toBe(13 / 5);
  });
});
