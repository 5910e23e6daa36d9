import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import {
  type Grade,
  ingestOrFail,
  loadRealLetters,
  loadSyntheticRatings,
  realRatings2009,
  referenceAuthority,
  syntheticApaLetter,
} from './aggregate-fixtures';
import { expectedBuckets, expectedPopulationCodes, type Grouping, type RatingBucketResult } from './expected-buckets';

const DISTRIBUTION = /* GraphQL */ `
  query Distribution($year: Int!, $groupBy: DistributionGroup) {
    ratingDistribution(year: $year, groupBy: $groupBy) {
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

const COMPARISON = /* GraphQL */ `
  query Comparison($laCode: String!, $year: Int!) {
    authority(laCode: $laCode) {
      comparison(year: $year) {
        grade
        regionAssessed
        regionAuthorities
        neighbourCount
        englandAssessed
        englandAuthorities
      }
    }
  }
`;

const SETTING_SUMMARY = /* GraphQL */ `
  query Summary($year: Int!, $groupBy: DistributionGroup) {
    settingJudgementSummary(setting: SAFEGUARDING, year: $year, groupBy: $groupBy) {
      key
      authorities
      assessments
    }
  }
`;

interface ComparisonResult {
  grade: number | null;
  regionAssessed: number;
  regionAuthorities: number;
  neighbourCount: number;
  englandAssessed: number;
  englandAuthorities: number;
}

const BEDFORDSHIRE = '820';
const BEDFORD = '822';
const CENTRAL_BEDFORDSHIRE = '823';
const CHESHIRE = '875';
const CHESHIRE_EAST = '895';
const CHESHIRE_WEST_AND_CHESTER = '896';
const KENT = '886';

/** 2008 APA letters for the two councils abolished in 2009 and for Kent, which lists Bedford among its neighbours. */
const APA_2008 = new Map<string, Grade>([
  [BEDFORDSHIRE, 2],
  [CHESHIRE, 3],
  [KENT, 4],
]);

/** 2009 ratings for two of the councils created that April, beside the four real rating letters. */
const RATINGS_2009 = new Map<string, Grade>([
  [BEDFORD, 3],
  [CHESHIRE_EAST, 2],
]);

/*
 * The counts stated outright, from the 2009 structural changes: 152 councils were rated in
 * December 2009, East of England 11 of them (with Bedford and Central Bedfordshire) and North
 * West 23 (with Cheshire East and Cheshire West and Chester). In 2005-2008 Bedfordshire stood
 * where Bedford and Central Bedfordshire were later, and Cheshire where the two Cheshire
 * councils were: one fewer in each of those regions, 150 in England.
 */
const ENGLAND = { 2008: 150, 2009: 152 } as const;
const EAST_OF_ENGLAND = { 2008: 10, 2009: 11 } as const;
const NORTH_WEST = { 2008: 22, 2009: 23 } as const;

describe.each(ENGINES)('the authorities of a year on %s', (engine) => {
  const loaded2009 = new Map<string, Grade>([...realRatings2009(), ...RATINGS_2009]);

  const api = useTestServer(engine, {
    seed: async () => {
      const { dataSource } = api.database;
      await loadRealLetters(dataSource);
      await loadSyntheticRatings(dataSource, RATINGS_2009);
      for (const [laCode, grade] of APA_2008) {
        await ingestOrFail(dataSource, syntheticApaLetter(referenceAuthority(laCode), grade, 2008), `synthetic-apa-2008-${laCode}.txt`);
      }
    },
  });

  async function distribution(year: number, groupBy: Grouping = 'NONE'): Promise<RatingBucketResult[]> {
    const response = await api.graphql<{ ratingDistribution: RatingBucketResult[] }>(DISTRIBUTION, { year, groupBy });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.ratingDistribution;
  }

  async function comparison(laCode: string, year: number): Promise<ComparisonResult> {
    const response = await api.graphql<{ authority: { comparison: ComparisonResult } }>(COMPARISON, { laCode, year });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.authority.comparison;
  }

  it('has the reference data say 150 authorities for 2005-2008 and 152 for 2009', () => {
    const before = expectedPopulationCodes(2008);
    const after = expectedPopulationCodes(2009);
    expect([before.size, after.size]).toEqual([ENGLAND[2008], ENGLAND[2009]]);
    expect([BEDFORDSHIRE, CHESHIRE].every((code) => before.has(code) && !after.has(code))).toBe(true);
    const created2009 = [BEDFORD, CENTRAL_BEDFORDSHIRE, CHESHIRE_EAST, CHESHIRE_WEST_AND_CHESTER];
    expect(created2009.every((code) => after.has(code) && !before.has(code))).toBe(true);
  });

  it('counts the 150 authorities of 2008: Bedfordshire and Cheshire, not the four councils created in April 2009', async () => {
    const [england] = await distribution(2008);
    expect(england).toEqual({
      key: 'England',
      total: ENGLAND[2008],
      assessed: 3,
      unassessed: ENGLAND[2008] - 3,
      meanGrade: 3,
      grades: [
        { grade: 4, count: 1 },
        { grade: 3, count: 1 },
        { grade: 2, count: 1 },
        { grade: 1, count: 0 },
      ],
    });
    expect(await distribution(2007)).toEqual(expectedBuckets(2007, new Map(), 'NONE'));
    expect((await distribution(2005))[0]).toMatchObject({ total: ENGLAND[2008], assessed: 0 });
  });

  it('counts the 152 authorities of 2009: the four new councils, not Bedfordshire and Cheshire', async () => {
    const [england] = await distribution(2009);
    expect(england).toMatchObject({ total: ENGLAND[2009], assessed: loaded2009.size, unassessed: ENGLAND[2009] - loaded2009.size });
    expect([england]).toEqual(expectedBuckets(2009, loaded2009, 'NONE'));
  });

  it('puts Bedfordshire in the East of England and Cheshire in the North West for 2008, their successors for 2009', async () => {
    const byKey2008 = new Map((await distribution(2008, 'REGION')).map((bucket) => [bucket.key, bucket]));
    expect(byKey2008.get('East of England')).toMatchObject({ total: EAST_OF_ENGLAND[2008], assessed: 1, meanGrade: 2 });
    expect(byKey2008.get('North West')).toMatchObject({ total: NORTH_WEST[2008], assessed: 1, meanGrade: 3 });
    expect([...byKey2008.values()]).toEqual(expectedBuckets(2008, APA_2008, 'REGION'));
    expect([...byKey2008.values()].reduce((sum, bucket) => sum + bucket.total, 0)).toBe(ENGLAND[2008]);

    const byKey2009 = new Map((await distribution(2009, 'REGION')).map((bucket) => [bucket.key, bucket]));
    expect(byKey2009.get('East of England')).toMatchObject({ total: EAST_OF_ENGLAND[2009], assessed: 1, meanGrade: 3 });
    expect(byKey2009.get('North West')).toMatchObject({ total: NORTH_WEST[2009], assessed: 1, meanGrade: 2 });
    expect([...byKey2009.values()]).toEqual(expectedBuckets(2009, loaded2009, 'REGION'));
  });

  it('has two more counties and four fewer unitary authorities in 2008 than in 2009', async () => {
    const kinds2008 = await distribution(2008, 'AUTHORITY_KIND');
    const kinds2009 = await distribution(2009, 'AUTHORITY_KIND');
    expect(kinds2008).toEqual(expectedBuckets(2008, APA_2008, 'AUTHORITY_KIND'));
    const total = (buckets: RatingBucketResult[], key: string): number => buckets.find((bucket) => bucket.key === key)!.total;
    expect(total(kinds2008, 'COUNTY') - total(kinds2009, 'COUNTY')).toBe(2);
    expect(total(kinds2008, 'UNITARY') - total(kinds2009, 'UNITARY')).toBe(-4);
    expect(total(kinds2008, 'LONDON_BOROUGH')).toBe(total(kinds2009, 'LONDON_BOROUGH'));
  });

  it('compares within the same populations', async () => {
    expect(await comparison(CHESHIRE, 2008)).toMatchObject({
      grade: 3,
      regionAssessed: 1,
      regionAuthorities: NORTH_WEST[2008],
      englandAssessed: 3,
      englandAuthorities: ENGLAND[2008],
    });
    // Bedford did not exist in 2008: its region's authorities that year are the ten without it.
    expect(await comparison(BEDFORD, 2008)).toMatchObject({
      grade: null,
      regionAuthorities: EAST_OF_ENGLAND[2008],
      englandAuthorities: ENGLAND[2008],
    });
    expect(await comparison(BEDFORD, 2009)).toMatchObject({
      grade: 3,
      regionAuthorities: EAST_OF_ENGLAND[2009],
      englandAssessed: loaded2009.size,
      englandAuthorities: ENGLAND[2009],
    });
  });

  it('counts only the statistical neighbours that existed that year', async () => {
    // Today's lists give Kent Bedford and Cheshire East Cheshire West and Chester: neighbours from 2009 only.
    for (const [laCode, newNeighbour] of [
      [KENT, BEDFORD],
      [CHESHIRE_EAST, CHESHIRE_WEST_AND_CHESTER],
    ]) {
      const listed = referenceAuthority(laCode).statisticalNeighbourCodes;
      expect(listed).toContain(newNeighbour);
      expect((await comparison(laCode, 2009)).neighbourCount).toBe(listed.length);
      expect((await comparison(laCode, 2008)).neighbourCount).toBe(listed.filter((code) => expectedPopulationCodes(2008).has(code)).length);
      expect((await comparison(laCode, 2008)).neighbourCount).toBe(listed.length - 1);
    }
  });

  it('covers the same authorities in settingJudgementSummary', async () => {
    for (const year of [2008, 2009] as const) {
      const response = await api.graphql<{ settingJudgementSummary: Array<{ key: string; authorities: number }> }>(SETTING_SUMMARY, {
        year,
        groupBy: 'REGION',
      });
      expect(response.body.errors).toBeUndefined();
      const byKey = new Map(response.body.data!.settingJudgementSummary.map((bucket) => [bucket.key, bucket.authorities]));
      expect([byKey.get('East of England'), byKey.get('North West')]).toEqual([EAST_OF_ENGLAND[year], NORTH_WEST[year]]);
      expect([...byKey.values()].reduce((sum, count) => sum + count, 0)).toBe(ENGLAND[year]);
    }
  });

  it('still counts an authority with a letter for a year before it existed, so total = assessed + unassessed', async () => {
    await ingestOrFail(api.database.dataSource, syntheticApaLetter(referenceAuthority(BEDFORD), 4, 2007), 'synthetic-apa-2007-822.txt');
    const [england] = await distribution(2007);
    expect(england).toMatchObject({ total: ENGLAND[2008] + 1, assessed: 1, unassessed: ENGLAND[2008] });
    const eastOfEngland = (await distribution(2007, 'REGION')).find((bucket) => bucket.key === 'East of England');
    expect(eastOfEngland).toMatchObject({ total: EAST_OF_ENGLAND[2008] + 1, assessed: 1, meanGrade: 4 });
    expect(await distribution(2007, 'REGION')).toEqual(expectedBuckets(2007, new Map([[BEDFORD, 4]]), 'REGION'));
  });
});
