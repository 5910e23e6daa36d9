import { Area } from '../../../src/domain/enums';
import { gradeChanges } from '../../../src/resolvers/assessments/grade-changes';

function area(name: Area, grade: number) {
  return { area: name, grade, judgement: 'good', narrative: '', strengths: [], areasForImprovement: [] };
}

const BEFORE = {
  overallGrade: 2,
  capacityToImproveGrade: 3,
  socialCareGrade: null,
  outcomeAreas: [area(Area.BEING_HEALTHY, 2), area(Area.STAYING_SAFE, 2), area(Area.SERVICE_MANAGEMENT, 3)],
};

describe('gradeChanges', () => {
  it('is empty when every grade is the same', () => {
    expect(gradeChanges(BEFORE, { ...BEFORE, outcomeAreas: [...BEFORE.outcomeAreas].reverse() })).toEqual([]);
  });

  it('lists the headline grades first, then the outcome areas in enum order, with an area found in one version only', () => {
    const after = {
      overallGrade: 3,
      capacityToImproveGrade: 3,
      socialCareGrade: 2,
      outcomeAreas: [area(Area.SERVICE_MANAGEMENT, 3), area(Area.STAYING_SAFE, 1), area(Area.ENJOYING_AND_ACHIEVING, 2)],
    };
    expect(gradeChanges(BEFORE, after)).toEqual([
      { field: 'overallGrade', area: null, from: 2, to: 3 },
      { field: 'socialCareGrade', area: null, from: null, to: 2 },
      { field: 'outcomeAreaGrade', area: 'BEING_HEALTHY', from: 2, to: null },
      { field: 'outcomeAreaGrade', area: 'STAYING_SAFE', from: 2, to: 1 },
      { field: 'outcomeAreaGrade', area: 'ENJOYING_AND_ACHIEVING', from: null, to: 2 },
    ]);
  });
});
