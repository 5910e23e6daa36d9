import { ENGINES } from '../../helpers/test-database';
import { authoritiesOf2009 } from '../../helpers/synthetic-letters';
import { useTestServer } from '../../helpers/test-server';
import { type Grade, loadRealLetters, loadSyntheticRatings, realRatings2009 } from './aggregate-fixtures';
import { expectedBuckets, type RatingBucketResult } from './expected-buckets';

/** Ofsted's published 2009 annual ratings: how many of the 152 councils got each grade. */
const PUBLISHED_2009: ReadonlyArray<[Grade, number]> = [
  [4, 10],
  [3, 93],
  [2, 40],
  [1, 9],
];

/**
 * Grades for the authorities without a real letter, in DfE code order, so that together with
 * the four real letters the 152 grades match the published counts exactly.
 */
function gradesMatchingPublished(): Map<string, Grade> {
  const real = realRatings2009();
  const remaining = new Map(
    PUBLISHED_2009.map(([grade, count]) => [grade, count - [...real.values()].filter((given) => given === grade).length]),
  );
  const grades = new Map<string, Grade>();
  const unrated = authoritiesOf2009()
    .filter((authority) => !real.has(authority.laCode))
    .sort((left, right) => left.laCode.localeCompare(right.laCode));
  for (const authority of unrated) {
    const grade = PUBLISHED_2009.map(([candidate]) => candidate).find((candidate) => remaining.get(candidate)! > 0)!;
    remaining.set(grade, remaining.get(grade)! - 1);
    grades.set(authority.laCode, grade);
  }
  return grades;
}

const DISTRIBUTION = /* GraphQL */ `
  query Distribution($groupBy: DistributionGroup) {
    ratingDistribution(year: 2009, groupBy: $groupBy) {
      key
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

describe.each(ENGINES)('the published 2009 distribution on %s', (engine) => {
  const synthetic = gradesMatchingPublished();
  const all = new Map<string, Grade>([...realRatings2009(), ...synthetic]);

  const api = useTestServer(engine, {
    seed: async () => {
      await loadRealLetters(api.database.dataSource);
      await loadSyntheticRatings(api.database.dataSource, synthetic);
    },
    setupTimeout: 180_000,
  });

  async function distribution(groupBy: string): Promise<RatingBucketResult[]> {
    const response = await api.graphql<{ ratingDistribution: RatingBucketResult[] }>(DISTRIBUTION, { groupBy });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.ratingDistribution;
  }

  it('gives exactly the published counts for England: 10, 93, 40 and 9', async () => {
    expect(all.size).toBe(152);
    expect(await distribution('NONE')).toEqual([
      {
        key: 'England',
        total: 152,
        assessed: 152,
        unassessed: 0,
        meanGrade: (4 * 10 + 3 * 93 + 2 * 40 + 1 * 9) / 152,
        grades: [
          { grade: 4, count: 10 },
          { grade: 3, count: 93 },
          { grade: 2, count: 40 },
          { grade: 1, count: 9 },
        ],
      },
    ]);
  });

  it('splits the same grades by region and by kind, each bucket fully covered and summing to England', async () => {
    for (const groupBy of ['REGION', 'AUTHORITY_KIND'] as const) {
      const buckets = await distribution(groupBy);
      expect(buckets).toEqual(expectedBuckets(2009, all, groupBy));
      expect(buckets.every((bucket) => bucket.unassessed === 0)).toBe(true);
      for (const [index, grade] of [4, 3, 2, 1].entries()) {
        const published = PUBLISHED_2009.find(([candidate]) => candidate === grade)![1];
        expect(buckets.reduce((sum, bucket) => sum + bucket.grades[index].count, 0)).toBe(published);
      }
    }
  });
});
