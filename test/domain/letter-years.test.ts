import { AssessmentKind } from '../../src/domain/enums';
import { assessmentKindForYear } from '../../src/domain/letter-years';
import { bucketColumn, byKey } from '../../src/resolvers/aggregates/bucket-key';
import { DistributionGroup } from '../../src/resolvers/aggregates/distribution-group';

describe('aggregate defaults', () => {
  it('counts APA letters for 2005-2008 and annual ratings for 2009', () => {
    expect([2005, 2006, 2007, 2008].map(assessmentKindForYear)).toEqual(Array(4).fill(AssessmentKind.ANNUAL_PERFORMANCE_ASSESSMENT));
    expect(assessmentKindForYear(2009)).toBe(AssessmentKind.ANNUAL_RATING);
  });

  it('groups by region or kind, and not at all for England', () => {
    expect(bucketColumn(DistributionGroup.NONE)).toBeNull();
    expect(bucketColumn(DistributionGroup.REGION)).toBe('authority.region');
    expect(bucketColumn(DistributionGroup.AUTHORITY_KIND)).toBe('authority.kind');
  });

  it('orders bucket keys by code point, whatever the database collation', () => {
    const keys = ['South East', 'East of England', 'East Midlands', 'London'].map((key) => ({ key }));
    expect(keys.sort(byKey).map(({ key }) => key)).toEqual(['East Midlands', 'East of England', 'London', 'South East']);
  });
});
