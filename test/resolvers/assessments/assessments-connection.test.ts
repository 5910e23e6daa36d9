import { loadBundledLetters, loadSyntheticRatings } from '../../helpers/load-letters';
import { authoritiesOf2009, syntheticGrade } from '../../helpers/synthetic-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { authorityByCode, type Grade, ingestApa, ingestRating } from '../read-fixtures';

interface AssessmentNode {
  id: string;
  kind: string;
  year: number;
  overallGrade: number;
  publishedOn: string;
  authority: { laCode: string; region: string; kind: string };
}

interface AssessmentsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: AssessmentNode }>;
}

const ASSESSMENTS = /* GraphQL */ `
  query Assessments($first: Int, $after: String, $filter: AssessmentFilter, $orderBy: AssessmentOrder) {
    assessments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          year
          overallGrade
          publishedOn
          authority {
            laCode
            region
            kind
          }
        }
      }
    }
  }
`;

const APA = 'ANNUAL_PERFORMANCE_ASSESSMENT';
const RATING = 'ANNUAL_RATING';

/** What a test expects of one assessment, independent of the read side that serves it. */
interface ExpectedAssessment {
  laCode: string;
  kind: string;
  year: number;
  grade: number;
  publishedOn: string;
  region: string;
  authorityKind: string;
}

// The bundled letters: 2009 ratings of Bath, Worcestershire, Dorset and Kent, Bath's 2006 APA.
const BUNDLED_2009_GRADES = new Map<string, Grade>([
  ['800', 3],
  ['885', 2],
  ['835', 3],
  ['886', 3],
]);
// Ratings with dates of their own, so PUBLISHED_ON has more than one 2009 value.
const DATED_RATINGS: Array<{ laCode: string; grade: Grade; dated: string; publishedOn: string }> = [
  { laCode: '202', grade: 4, dated: '10 December 2009', publishedOn: '2009-12-10' },
  { laCode: '352', grade: 1, dated: '8 December 2009', publishedOn: '2009-12-08' },
];
// APA letters for several years, some sharing a date with another letter to make ties.
const APA_LETTERS: Array<{ laCode: string; year: number; grade: Grade; dated: string; publishedOn: string }> = [
  { laCode: '886', year: 2005, grade: 2, dated: '30 November 2005', publishedOn: '2005-11-30' },
  { laCode: '886', year: 2007, grade: 4, dated: '3 December 2007', publishedOn: '2007-12-03' },
  { laCode: '886', year: 2008, grade: 1, dated: '17 December 2008', publishedOn: '2008-12-17' },
  { laCode: '202', year: 2006, grade: 1, dated: '1 November 2006', publishedOn: '2006-11-01' },
  { laCode: '820', year: 2007, grade: 3, dated: '3 December 2007', publishedOn: '2007-12-03' },
  { laCode: '352', year: 2008, grade: 2, dated: '17 December 2008', publishedOn: '2008-12-17' },
];

function expected(laCode: string, kind: string, year: number, grade: number, publishedOn: string): ExpectedAssessment {
  const authority = authorityByCode(laCode);
  return { laCode, kind, year, grade, publishedOn, region: authority.region, authorityKind: authority.kind };
}

/** Every assessment the fixtures load. */
function expectedAssessments(): ExpectedAssessment[] {
  const dated = new Map(DATED_RATINGS.map((rating) => [rating.laCode, rating]));
  const ratings = authoritiesOf2009().map((authority) => {
    const own = dated.get(authority.laCode);
    const grade = own?.grade ?? BUNDLED_2009_GRADES.get(authority.laCode) ?? syntheticGrade(authority);
    return expected(authority.laCode, RATING, 2009, grade, own?.publishedOn ?? '2009-12-09');
  });
  const apa = APA_LETTERS.map((letter) => expected(letter.laCode, APA, letter.year, letter.grade, letter.publishedOn));
  return [...ratings, expected('800', APA, 2006, 3, '2006-11-01'), ...apa];
}

function keyOf(row: { laCode: string; kind: string; year: number; grade: number; publishedOn: string }): string {
  return `${row.laCode}/${row.kind}/${row.year}/${row.grade}/${row.publishedOn}`;
}

function keyOfNode(node: AssessmentNode): string {
  return keyOf({ ...node, laCode: node.authority.laCode, grade: node.overallGrade });
}

type OrderField = 'YEAR' | 'GRADE' | 'PUBLISHED_ON';
type Direction = 'ASC' | 'DESC';

function sortValue(node: AssessmentNode, field: OrderField): string | number {
  if (field === 'YEAR') return node.year;
  if (field === 'GRADE') return node.overallGrade;
  return node.publishedOn;
}

/** -1, 0 or 1 as (value, id) of a sorts before, with or after b in ascending order. */
function compareAscending(a: AssessmentNode, b: AssessmentNode, field: OrderField): number {
  const [left, right] = [sortValue(a, field), sortValue(b, field)];
  if (left !== right) return left < right ? -1 : 1;
  return Math.sign(Number(a.id) - Number(b.id));
}

describe.each(ENGINES)('the assessments connection on %s', (engine) => {
  const all = expectedAssessments();

  const api = useTestServer(engine, {
    seed: async () => {
      const { dataSource } = api.database;
      await loadBundledLetters(dataSource);
      for (const rating of DATED_RATINGS) await ingestRating(dataSource, rating.laCode, rating.grade, rating.dated);
      for (const letter of APA_LETTERS) await ingestApa(dataSource, letter.laCode, letter);
      await loadSyntheticRatings(dataSource);
    },
    setupTimeout: 180_000,
  });

  async function page(variables: Record<string, unknown>): Promise<AssessmentsPage> {
    const response = await api.graphql<{ assessments: AssessmentsPage }>(ASSESSMENTS, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.assessments;
  }

  /** Follows `endCursor` until the last page; every page must say the same totalCount. */
  async function walk(variables: Record<string, unknown>, first: number): Promise<{ nodes: AssessmentNode[]; pages: number }> {
    const nodes: AssessmentNode[] = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount: number | null = null;
    do {
      const current: AssessmentsPage = await page({ ...variables, first, after });
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(current.edges.length).toBeLessThanOrEqual(first);
      if (current.pageInfo.hasNextPage) expect(current.edges).toHaveLength(first);
      totalCount ??= current.totalCount;
      expect(current.totalCount).toBe(totalCount);
      nodes.push(...current.edges.map((edge) => edge.node));
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(nodes).toHaveLength(totalCount ?? 0);
    return { nodes, pages };
  }

  it('holds every loaded assessment, with totalCount counting them all', async () => {
    const everything = await page({ first: 500 });
    expect(everything.totalCount).toBe(all.length);
    expect(everything.edges.map((edge) => keyOfNode(edge.node)).sort()).toEqual(all.map(keyOf).sort());
    expect((await page({ first: 0 })).totalCount).toBe(all.length);
  });

  describe('filters', () => {
    let kentId: string;

    beforeAll(async () => {
      const response = await api.graphql<{ authority: { id: string } }>('{ authority(laCode: "886") { id } }');
      kentId = response.body.data!.authority.id;
    });

    const cases: Array<[string, Record<string, unknown>, (row: ExpectedAssessment) => boolean]> = [
      ['kind APA', { kind: APA }, (row) => row.kind === APA],
      ['kind ANNUAL_RATING', { kind: RATING }, (row) => row.kind === RATING],
      ['year 2007', { year: 2007 }, (row) => row.year === 2007],
      ['year 2005 with kind ANNUAL_RATING (none)', { year: 2005, kind: RATING }, () => false],
      ['minGrade 3', { minGrade: 3 }, (row) => row.grade >= 3],
      ['maxGrade 1', { maxGrade: 1 }, (row) => row.grade <= 1],
      ['minGrade 2 and maxGrade 3', { minGrade: 2, maxGrade: 3 }, (row) => row.grade >= 2 && row.grade <= 3],
      ['minGrade above maxGrade (none)', { minGrade: 4, maxGrade: 1 }, () => false],
      ['region London', { region: 'London' }, (row) => row.region === 'London'],
      ['authorityKind LONDON_BOROUGH', { authorityKind: 'LONDON_BOROUGH' }, (row) => row.authorityKind === 'LONDON_BOROUGH'],
      [
        'authorityKind COUNTY in 2007',
        { authorityKind: 'COUNTY', year: 2007 },
        (row) => row.authorityKind === 'COUNTY' && row.year === 2007,
      ],
      [
        'region South East, rating, grade 3 or better',
        { region: 'South East', kind: RATING, minGrade: 3 },
        (row) => row.region === 'South East' && row.kind === RATING && row.grade >= 3,
      ],
      [
        'region and authorityKind',
        { region: 'North West', authorityKind: 'METROPOLITAN_DISTRICT' },
        (row) => row.region === 'North West' && row.authorityKind === 'METROPOLITAN_DISTRICT',
      ],
    ];

    it.each(cases)('%s: the matching assessments and their totalCount', async (_name, filter, matches) => {
      const wanted = all.filter(matches).map(keyOf).sort();
      const result = await page({ first: 500, filter });
      expect(result.totalCount).toBe(wanted.length);
      expect(result.edges.map((edge) => keyOfNode(edge.node)).sort()).toEqual(wanted);
      expect((await page({ first: 1, filter })).totalCount).toBe(wanted.length);
    });

    it('authorityId: every assessment of one authority, alone or with other conditions', async () => {
      const kent = await page({ first: 500, filter: { authorityId: kentId } });
      expect(kent.edges.map((edge) => edge.node.year)).toEqual([2005, 2007, 2008, 2009]);
      expect(kent.totalCount).toBe(4);
      const kentApaGood = await page({ first: 500, filter: { authorityId: kentId, kind: APA, minGrade: 2 } });
      expect(kentApaGood.edges.map((edge) => [edge.node.year, edge.node.overallGrade])).toEqual([
        [2005, 2],
        [2007, 4],
      ]);
      expect(kentApaGood.totalCount).toBe(2);
      const bad = await api.graphql(ASSESSMENTS, { filter: { authorityId: 'kent' } });
      expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('order and pages', () => {
    const orders: Array<[OrderField, Direction]> = [
      ['YEAR', 'ASC'],
      ['YEAR', 'DESC'],
      ['GRADE', 'ASC'],
      ['GRADE', 'DESC'],
      ['PUBLISHED_ON', 'ASC'],
      ['PUBLISHED_ON', 'DESC'],
    ];

    it.each(orders)('%s %s: pages of 7 cover every assessment once, in order, ties broken by id', async (field, direction) => {
      const { nodes, pages } = await walk({ orderBy: { field, direction } }, 7);
      expect(pages).toBe(Math.ceil(all.length / 7));
      expect(new Set(nodes.map((node) => node.id)).size).toBe(all.length);
      expect(nodes.map(keyOfNode).sort()).toEqual(all.map(keyOf).sort());
      const sign = direction === 'ASC' ? -1 : 1;
      for (let index = 1; index < nodes.length; index += 1) {
        expect([nodes[index - 1].id, compareAscending(nodes[index - 1], nodes[index], field)]).toEqual([nodes[index - 1].id, sign]);
      }
      // The values themselves, independent of ids, are those of the fixtures in order.
      const values = all.map((row) => (field === 'YEAR' ? row.year : field === 'GRADE' ? row.grade : row.publishedOn));
      values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (direction === 'DESC') values.reverse();
      expect(nodes.map((node) => sortValue(node, field))).toEqual(values);
    });

    it('pages through a filtered, tie-heavy order (grades 2-3, by grade descending) with pages of 5', async () => {
      const filter = { minGrade: 2, maxGrade: 3 };
      const { nodes } = await walk({ filter, orderBy: { field: 'GRADE', direction: 'DESC' } }, 5);
      const wanted = all.filter((row) => row.grade >= 2 && row.grade <= 3);
      expect(nodes.map(keyOfNode).sort()).toEqual(wanted.map(keyOf).sort());
      for (let index = 1; index < nodes.length; index += 1) expect(compareAscending(nodes[index - 1], nodes[index], 'GRADE')).toBe(1);
    });

    it('orders by year ascending when no order is given, and a page of 1 walks the same sequence', async () => {
      const byYear = (await page({ first: 500, orderBy: { field: 'YEAR', direction: 'ASC' } })).edges.map((edge) => edge.node.id);
      expect((await page({ first: 500 })).edges.map((edge) => edge.node.id)).toEqual(byYear);
      const oneByOne = await walk({ filter: { kind: APA } }, 1);
      expect(oneByOne.nodes.map((node) => node.id)).toEqual(
        (await page({ first: 500, filter: { kind: APA } })).edges.map((edge) => edge.node.id),
      );
    });

    it('a cursor from the middle of a tie continues after it, not at the next value', async () => {
      const first = await page({ first: 3, orderBy: { field: 'PUBLISHED_ON', direction: 'DESC' } });
      // 2009-12-10 (Camden), then the 9 December letters, ids descending.
      expect(first.edges.map((edge) => edge.node.publishedOn)).toEqual(['2009-12-10', '2009-12-09', '2009-12-09']);
      const next = await page({ first: 2, after: first.pageInfo.endCursor, orderBy: { field: 'PUBLISHED_ON', direction: 'DESC' } });
      expect(next.edges.map((edge) => edge.node.publishedOn)).toEqual(['2009-12-09', '2009-12-09']);
      expect(Number(next.edges[0].node.id)).toBeLessThan(Number(first.edges[2].node.id));
    });
  });
});
