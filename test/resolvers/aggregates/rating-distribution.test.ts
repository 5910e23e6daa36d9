import { referenceAuthorities } from '../../../src/reference/reference-authorities';
import { syntheticGrade } from '../../helpers/synthetic-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { type Grade, loadRealLetters, loadSyntheticRatings, realRatings2009, referenceAuthority } from './aggregate-fixtures';
import { expectedBuckets, type Grouping, type RatingBucketResult } from './expected-buckets';

const DISTRIBUTION = /* GraphQL */ `
  query Distribution($year: Int!, $kind: AssessmentKind, $groupBy: DistributionGroup) {
    ratingDistribution(year: $year, kind: $kind, groupBy: $groupBy) {
      key
      kind
      total
      assessed
      unassessed
      meanGrade
      grades {
        grade
        count
      }
    }
  }
`;

/** Every North East authority gets a synthetic 2009 rating: a region fully covered beside regions hardly covered. */
const NORTH_EAST_RATINGS = new Map<string, Grade>(
  referenceAuthorities()
    .filter((authority) => authority.region === 'North East')
    .map((authority) => [authority.laCode, syntheticGrade(authority)]),
);

describe.each(ENGINES)('ratingDistribution on %s', (engine) => {
  const loaded2009 = new Map<string, Grade>([...realRatings2009(), ...NORTH_EAST_RATINGS]);

  const api = useTestServer(engine, {
    seed: async () => {
      await loadRealLetters(api.database.dataSource);
      await loadSyntheticRatings(api.database.dataSource, NORTH_EAST_RATINGS);
    },
  });

  async function distribution(variables: Record<string, unknown>): Promise<Array<RatingBucketResult & { kind: string }>> {
    const response = await api.graphql<{ ratingDistribution: Array<RatingBucketResult & { kind: string }> }>(DISTRIBUTION, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.ratingDistribution;
  }

  function withoutKind(buckets: Array<RatingBucketResult & { kind: string }>): RatingBucketResult[] {
    return buckets.map(({ kind: _kind, ...bucket }) => bucket);
  }

  it('gives one England bucket covering the 152 authorities of 2009, 16 of them rated', async () => {
    const [england] = await distribution({ year: 2009 });
    expect(england).toEqual({
      key: 'England',
      kind: 'ANNUAL_RATING',
      total: 152,
      assessed: 16,
      unassessed: 136,
      meanGrade: expectedBuckets(2009, loaded2009, 'NONE')[0].meanGrade,
      grades: [
        { grade: 4, count: [...loaded2009.values()].filter((grade) => grade === 4).length },
        { grade: 3, count: [...loaded2009.values()].filter((grade) => grade === 3).length },
        { grade: 2, count: [...loaded2009.values()].filter((grade) => grade === 2).length },
        { grade: 1, count: [...loaded2009.values()].filter((grade) => grade === 1).length },
      ],
    });
    expect(england.grades.reduce((sum, { count }) => sum + count, 0)).toBe(england.assessed);
  });

  it.each<Grouping>(['NONE', 'REGION', 'AUTHORITY_KIND'])('matches the loaded grades exactly, grouped by %s', async (groupBy) => {
    const buckets = await distribution({ year: 2009, groupBy });
    expect(withoutKind(buckets)).toEqual(expectedBuckets(2009, loaded2009, groupBy));
  });

  it('says per region how much it covers: all of the North East, one letter in the South East, none in London', async () => {
    const byKey = new Map((await distribution({ year: 2009, groupBy: 'REGION' })).map((bucket) => [bucket.key, bucket]));
    expect(byKey.size).toBe(9);
    expect(byKey.get('North East')).toMatchObject({ total: 12, assessed: 12, unassessed: 0 });
    expect(byKey.get('South East')).toMatchObject({ total: 19, assessed: 1, unassessed: 18, meanGrade: 3 });
    expect(byKey.get('South West')).toMatchObject({ total: 16, assessed: 2, meanGrade: 3 });
    expect(byKey.get('London')).toEqual({
      key: 'London',
      kind: 'ANNUAL_RATING',
      total: 33,
      assessed: 0,
      unassessed: 33,
      meanGrade: null,
      grades: [4, 3, 2, 1].map((grade) => ({ grade, count: 0 })),
    });
  });

  it('uses the four kinds of authority as keys', async () => {
    const buckets = await distribution({ year: 2009, groupBy: 'AUTHORITY_KIND' });
    expect(buckets.map((bucket) => bucket.key)).toEqual(['COUNTY', 'LONDON_BOROUGH', 'METROPOLITAN_DISTRICT', 'UNITARY']);
    expect(buckets.find((bucket) => bucket.key === 'COUNTY')).toMatchObject({ assessed: 3, meanGrade: 8 / 3 });
  });

  it('counts APA letters for 2006 over the 150 authorities of that year', async () => {
    const [england] = await distribution({ year: 2006 });
    expect(england).toMatchObject({ kind: 'ANNUAL_PERFORMANCE_ASSESSMENT', total: 150, assessed: 1, unassessed: 149, meanGrade: 3 });
    expect(england.grades).toEqual([
      { grade: 4, count: 0 },
      { grade: 3, count: 1 },
      { grade: 2, count: 0 },
      { grade: 1, count: 0 },
    ]);
    const [ratingsIn2006] = await distribution({ year: 2006, kind: 'ANNUAL_RATING' });
    expect(ratingsIn2006).toMatchObject({ kind: 'ANNUAL_RATING', total: 150, assessed: 0, meanGrade: null });
  });

  it('treats an explicit null groupBy as NONE and refuses a year that is not four digits', async () => {
    expect((await distribution({ year: 2009, groupBy: null })).map((bucket) => bucket.key)).toEqual(['England']);
    const response = await api.graphql(DISTRIBUTION, { year: 20090 });
    expect(response.body.errors?.[0].message).toMatch(/Argument Validation Error/);
  });

  it('follows what is loaded: one more letter moves one authority from unassessed to assessed', async () => {
    const camden = referenceAuthority('202');
    await loadSyntheticRatings(api.database.dataSource, new Map([[camden.laCode, 4]]));
    const byKey = new Map((await distribution({ year: 2009, groupBy: 'REGION' })).map((bucket) => [bucket.key, bucket]));
    expect(byKey.get('London')).toMatchObject({ total: 33, assessed: 1, unassessed: 32, meanGrade: 4 });
    const [england] = await distribution({ year: 2009 });
    expect(england).toMatchObject({ total: 152, assessed: 17, unassessed: 135 });
  });
});
