import { loadBundledLetters } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { ingestApa } from '../read-fixtures';

const AUTHORITIES = /* GraphQL */ `
  query Authorities($filter: AuthorityFilter) {
    authorities(first: 500, filter: $filter, orderBy: { field: LA_CODE }) {
      totalCount
      edges {
        node {
          laCode
        }
      }
    }
  }
`;

interface AuthoritiesData {
  authorities: { totalCount: number; edges: Array<{ node: { laCode: string } }> };
}

/** 152 authorities of 2009; Bedfordshire (820) and Cheshire (875) only with includeAbolished. */
const AUTHORITIES_OF_2009 = 152;

// The bundled letters rate Bath (800), Worcestershire (885), Dorset (835) and Kent (886) in
// 2009 and give Bath an APA letter in 2006; the APA letters below add councils assessed only
// by APA letters, the case `hasRating: true` counts and `ratedIn: 2009` must not.
const RATED_2009 = ['800', '835', '885', '886'];
const CAMDEN = '202';
const MANCHESTER = '352';
const BEDFORDSHIRE = '820';

describe.each(ENGINES)('authorities hasRating and ratedIn on %s', (engine) => {
  const api = useTestServer(engine, {
    seed: async () => {
      const { dataSource } = api.database;
      await loadBundledLetters(dataSource);
      await ingestApa(dataSource, CAMDEN, { year: 2006, grade: 2, dated: '1 November 2006' });
      await ingestApa(dataSource, MANCHESTER, { year: 2008, grade: 3, dated: '17 December 2008' });
      await ingestApa(dataSource, BEDFORDSHIRE, { year: 2007, grade: 3, dated: '3 December 2007' });
    },
    setupTimeout: 120_000,
  });

  async function codes(filter: Record<string, unknown>): Promise<{ totalCount: number; laCodes: string[] }> {
    const response = await api.graphql<AuthoritiesData>(AUTHORITIES, { filter });
    expect(response.body.errors).toBeUndefined();
    const { totalCount, edges } = response.body.data!.authorities;
    return { totalCount, laCodes: edges.map((edge) => edge.node.laCode) };
  }

  it('ratedIn alone lists the authorities with an assessment in that year', async () => {
    expect(await codes({ ratedIn: 2009 })).toEqual({ totalCount: 4, laCodes: RATED_2009 });
    expect((await codes({ ratedIn: 2006 })).laCodes).toEqual([CAMDEN, '800']);
    expect((await codes({ ratedIn: 2008 })).laCodes).toEqual([MANCHESTER]);
    expect((await codes({ ratedIn: 2007 })).totalCount).toBe(0);
  });

  it('ratedIn with hasRating: true means the same as ratedIn alone', async () => {
    expect(await codes({ hasRating: true, ratedIn: 2009 })).toEqual(await codes({ ratedIn: 2009 }));
    expect((await codes({ hasRating: true, ratedIn: 2006 })).laCodes).toEqual([CAMDEN, '800']);
  });

  it('hasRating: false with ratedIn lists the authorities without an assessment in that year', async () => {
    const unrated2009 = await codes({ hasRating: false, ratedIn: 2009 });
    expect(unrated2009.totalCount).toBe(AUTHORITIES_OF_2009 - RATED_2009.length);
    expect(unrated2009.laCodes).toEqual(expect.arrayContaining([CAMDEN, MANCHESTER]));
    expect(unrated2009.laCodes).not.toEqual(expect.arrayContaining(['886']));
    const unrated2006 = await codes({ hasRating: false, ratedIn: 2006 });
    expect(unrated2006.totalCount).toBe(AUTHORITIES_OF_2009 - 2);
    expect(unrated2006.laCodes).toEqual(expect.arrayContaining(['886', MANCHESTER]));
  });

  it('hasRating without ratedIn counts an assessment of any kind, APA letters included', async () => {
    const rated = await codes({ hasRating: true });
    expect(rated.laCodes).toEqual([CAMDEN, MANCHESTER, '800', '835', '885', '886']);
    expect((await codes({ hasRating: false })).totalCount).toBe(AUTHORITIES_OF_2009 - 6);
  });

  it('combines with includeAbolished and the other conditions', async () => {
    expect((await codes({ ratedIn: 2007 })).totalCount).toBe(0);
    expect((await codes({ ratedIn: 2007, includeAbolished: true })).laCodes).toEqual([BEDFORDSHIRE]);
    expect((await codes({ hasRating: true, includeAbolished: true })).laCodes).toContain(BEDFORDSHIRE);
    expect((await codes({ ratedIn: 2009, region: 'South West' })).laCodes).toEqual(['800', '835']);
    expect((await codes({ ratedIn: 2009, kind: 'COUNTY', laCodes: ['835', '886', CAMDEN] })).laCodes).toEqual(['835', '886']);
  });
});
