import { AssessmentKind } from '../../../src/domain/enums';
import { Assessment } from '../../../src/entities/index';
import { trendPoints } from '../../../src/resolvers/aggregates/trend-points';

function assessment(id: number, year: number, kind: AssessmentKind, overallGrade: number): Assessment {
  return Object.assign(new Assessment(), { id, year, kind, overallGrade });
}

describe('trendPoints', () => {
  it('orders by year and gives each point the change from the one before', () => {
    const points = trendPoints([
      assessment(9, 2009, AssessmentKind.ANNUAL_RATING, 2),
      assessment(3, 2006, AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT, 3),
      assessment(5, 2007, AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT, 4),
    ]);
    expect(points.map(({ year, grade, change, assessmentId }) => ({ year, grade, change, assessmentId }))).toEqual([
      { year: 2006, grade: 3, change: null, assessmentId: 3 },
      { year: 2007, grade: 4, change: 1, assessmentId: 5 },
      { year: 2009, grade: 2, change: -2, assessmentId: 9 },
    ]);
  });

  it('is empty for an authority without letters', () => {
    expect(trendPoints([])).toEqual([]);
  });
});
