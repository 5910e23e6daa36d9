import { referenceAuthorities } from '../../../src/reference/reference-authorities';
import { syntheticGrade } from '../../helpers/synthetic-letters';
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
import { expectedMean } from './expected-buckets';

interface TrendPointResult {
  year: number;
  kind: string;
  grade: number;
  change: number | null;
  assessmentId: string;
  assessment: { id: string; year: number; overallGrade: number };
}

interface ComparisonResult {
  year: number;
  kind: string;
  grade: number | null;
  regionMean: number | null;
  regionAssessed: number;
  regionAuthorities: number;
  neighbourMean: number | null;
  neighboursAssessed: number;
  neighbourCount: number;
  englandMean: number | null;
  englandAssessed: number;
  englandAuthorities: number;
}

const INSIGHTS = /* GraphQL */ `
  query Insights($laCode: String!, $year: Int!) {
    authority(laCode: $laCode) {
      trend {
        year
        kind
        grade
        change
        assessmentId
        assessment {
          id
          year
          overallGrade
        }
      }
      comparison(year: $year) {
        year
        kind
        grade
        regionMean
        regionAssessed
        regionAuthorities
        neighbourMean
        neighboursAssessed
        neighbourCount
        englandMean
        englandAssessed
        englandAuthorities
      }
    }
  }
`;

const PAGE_OF_INSIGHTS = /* GraphQL */ `
  query Page($first: Int!) {
    authorities(first: $first, filter: { includeAbolished: false }) {
      edges {
        node {
          laCode
          comparison(year: 2009) {
            grade
            regionMean
            neighbourMean
            neighboursAssessed
            englandMean
          }
          trend {
            year
            grade
            change
          }
        }
      }
    }
  }
`;

const NORTH_EAST_RATINGS = new Map<string, Grade>(
  referenceAuthorities()
    .filter((authority) => authority.region === 'North East')
    .map((authority) => [authority.laCode, syntheticGrade(authority)]),
);
const GATESHEAD = '390';
const GATESHEAD_APA_2006: Grade = 2;

describe.each(ENGINES)('Authority.trend and Authority.comparison on %s', (engine) => {
  const loaded2009 = new Map<string, Grade>([...realRatings2009(), ...NORTH_EAST_RATINGS]);

  const api = useTestServer(engine, {
    seed: async () => {
      const { dataSource } = api.database;
      await loadRealLetters(dataSource);
      await loadSyntheticRatings(dataSource, NORTH_EAST_RATINGS);
      await ingestOrFail(dataSource, syntheticApaLetter(referenceAuthority(GATESHEAD), GATESHEAD_APA_2006), 'synthetic-apa-390.txt');
    },
  });

  async function insights(laCode: string, year = 2009): Promise<{ trend: TrendPointResult[]; comparison: ComparisonResult }> {
    const response = await api.graphql<{ authority: { trend: TrendPointResult[]; comparison: ComparisonResult } }>(INSIGHTS, {
      laCode,
      year,
    });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.authority;
  }

  it("puts Bath and North East Somerset's 2006 APA grade and 2009 rating on one line with no change", async () => {
    const { trend } = await insights('800');
    expect(trend.map(({ year, kind, grade, change }) => ({ year, kind, grade, change }))).toEqual([
      { year: 2006, kind: 'ANNUAL_PERFORMANCE_ASSESSMENT', grade: 3, change: null },
      { year: 2009, kind: 'ANNUAL_RATING', grade: 3, change: 0 },
    ]);
    for (const point of trend) {
      expect(point.assessment).toEqual({ id: point.assessmentId, year: point.year, overallGrade: point.grade });
    }
  });

  it("shows Gateshead's change from its 2006 APA grade to its 2009 rating", async () => {
    const ratedIn2009 = NORTH_EAST_RATINGS.get(GATESHEAD)!;
    const { trend } = await insights(GATESHEAD);
    expect(trend.map(({ year, grade, change }) => ({ year, grade, change }))).toEqual([
      { year: 2006, grade: GATESHEAD_APA_2006, change: null },
      { year: 2009, grade: ratedIn2009, change: ratedIn2009 - GATESHEAD_APA_2006 },
    ]);
    expect(ratedIn2009 - GATESHEAD_APA_2006).not.toBe(0);
  });

  it('has a one-point line for a single letter and an empty one without letters', async () => {
    expect((await insights('885')).trend.map(({ grade, change }) => ({ grade, change }))).toEqual([{ grade: 2, change: null }]);
    expect((await insights('202')).trend).toEqual([]);
  });

  it("sets Dorset's 2009 rating beside its region, its neighbours and England", async () => {
    const dorset = referenceAuthority('835');
    const neighbours = expectedMean(dorset.statisticalNeighbourCodes, loaded2009);
    const england = expectedMean([...loaded2009.keys()], loaded2009);
    const { comparison } = await insights('835');
    expect(comparison).toEqual({
      year: 2009,
      kind: 'ANNUAL_RATING',
      grade: 3,
      // Bath (3) and Dorset itself (3) are the South West letters loaded.
      regionMean: 3,
      regionAssessed: 2,
      regionAuthorities: 16,
      neighbourMean: neighbours.mean,
      neighboursAssessed: neighbours.assessed,
      neighbourCount: dorset.statisticalNeighbourCodes.length,
      englandMean: england.mean,
      englandAssessed: 16,
      englandAuthorities: 152,
    });
    // Worcestershire (2) and Kent (3) are among Dorset's neighbours.
    expect(neighbours.assessed).toBeGreaterThanOrEqual(2);
  });

  it('gives null means where nothing is loaded, and compares APA years over the authorities of that year', async () => {
    const { comparison: camden } = await insights('202');
    expect(camden).toMatchObject({ grade: null, regionMean: null, regionAssessed: 0, regionAuthorities: 33, englandAssessed: 16 });

    const { comparison: bath2006 } = await insights('800', 2006);
    expect(bath2006).toMatchObject({
      year: 2006,
      kind: 'ANNUAL_PERFORMANCE_ASSESSMENT',
      grade: 3,
      regionMean: 3,
      regionAssessed: 1,
      englandMean: (3 + GATESHEAD_APA_2006) / 2,
      englandAssessed: 2,
      // The 150 authorities of 2005-2008: Bedfordshire and Cheshire, not their four 2009 successors.
      englandAuthorities: 150,
    });
  });

  it('answers every authority of a page from batched loads, each with its own figures', async () => {
    const response = await api.graphql<{
      authorities: {
        edges: Array<{
          node: {
            laCode: string;
            comparison: Pick<ComparisonResult, 'grade' | 'regionMean' | 'neighbourMean' | 'neighboursAssessed' | 'englandMean'>;
          };
        }>;
      };
    }>(PAGE_OF_INSIGHTS, { first: 152 });
    const englandMean = expectedMean([...loaded2009.keys()], loaded2009).mean;
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data!.authorities.edges.map(({ node }) => node);
    expect(nodes).toHaveLength(152);
    for (const node of nodes) {
      const authority = referenceAuthority(node.laCode);
      const neighbours = expectedMean(authority.statisticalNeighbourCodes, loaded2009);
      const regionCodes = referenceAuthorities()
        .filter((member) => member.region === authority.region)
        .map((member) => member.laCode);
      expect({ laCode: node.laCode, ...node.comparison }).toEqual({
        laCode: node.laCode,
        grade: loaded2009.get(node.laCode) ?? null,
        regionMean: expectedMean(regionCodes, loaded2009).mean,
        neighbourMean: neighbours.mean,
        neighboursAssessed: neighbours.assessed,
        englandMean,
      });
    }
  });

  it('sends as many SQL statements for 152 authorities as for 3', async () => {
    async function statementsFor(first: number): Promise<number> {
      api.statements.reset();
      const response = await api.graphql(PAGE_OF_INSIGHTS, { first });
      expect(response.body.errors).toBeUndefined();
      return api.statements.count;
    }
    const forThree = await statementsFor(3);
    const forAll = await statementsFor(152);
    expect(forAll).toBe(forThree);
    // The page, the assessments for trend, the region tallies and the authorities' own and neighbours' grades.
    expect(forThree).toBe(4);
  });
});
