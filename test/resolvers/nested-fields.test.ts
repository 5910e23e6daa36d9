import { createHash } from 'node:crypto';
import { referenceAuthorities } from '../../src/reference/reference-authorities';
import { LETTER_FILES, readBundledLetter } from '../helpers/bundled-letters';
import { ingestOrFail, loadBundledLetters, loadSyntheticRatings } from '../helpers/load-letters';
import { ENGINES } from '../helpers/test-database';
import { useTestServer } from '../helpers/test-server';
import { authorityByCode, ingestApa, unaddressedRatingLetter } from './read-fixtures';

const NEIGHBOURS_AND_LETTERS = /* GraphQL */ `
  query NeighboursAndLetters($first: Int!) {
    authorities(first: $first) {
      edges {
        node {
          laCode
          statisticalNeighbours {
            name
          }
          assessments {
            year
            sourceLetter {
              sha256
            }
          }
        }
      }
    }
  }
`;

interface NeighboursAndLettersData {
  authorities: {
    edges: Array<{
      node: {
        laCode: string;
        statisticalNeighbours: Array<{ name: string }>;
        assessments: Array<{ year: number; sourceLetter: { sha256: string } }>;
      };
    }>;
  };
}

interface SettingJudgementRow {
  setting: string;
  judgement: string;
  count: number | null;
  total: number | null;
  proportion: number | null;
  source: string;
}

const RATING_WORDS: Readonly<Record<number, string>> = {
  4: 'Performs excellently',
  3: 'Performs well',
  2: 'Performs adequately',
  1: 'Performs poorly',
};
const APA_WORDS: Readonly<Record<number, string>> = { 4: 'Outstanding', 3: 'Good', 2: 'Adequate', 1: 'Inadequate' };

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe.each(ENGINES)('nested fields of authorities and assessments on %s', (engine) => {
  const api = useTestServer(engine, {
    seed: async () => {
      const { dataSource } = api.database;
      await loadBundledLetters(dataSource);
      // APA letters with each grade, for the APA words of overallJudgement and Authority.assessments(kind:, year:).
      await ingestApa(dataSource, '886', { year: 2007, grade: 2, dated: '3 December 2007' });
      await ingestApa(dataSource, '202', { year: 2006, grade: 1, dated: '1 November 2006' });
      await ingestApa(dataSource, '352', { year: 2008, grade: 4, dated: '17 December 2008' });
      await ingestOrFail(dataSource, unaddressedRatingLetter(authorityByCode('202'), 2), 'unaddressed-202.txt');
      await loadSyntheticRatings(dataSource);
    },
    setupTimeout: 180_000,
  });

  async function data<TData>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const response = await api.graphql<TData>(query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  describe('batching', () => {
    async function statementsFor(first: number): Promise<{ statements: number; result: NeighboursAndLettersData }> {
      api.statements.reset();
      const result = await data<NeighboursAndLettersData>(NEIGHBOURS_AND_LETTERS, { first });
      return { statements: api.statements.count, result };
    }

    it('sends the same statements for 3 authorities as for 152: statisticalNeighbours and sourceLetter are batched', async () => {
      const small = await statementsFor(3);
      const large = await statementsFor(152);
      expect(small.result.authorities.edges).toHaveLength(3);
      expect(large.result.authorities.edges).toHaveLength(152);
      // authorities page, their neighbours (one join), their assessments, the assessments' letters
      expect(small.statements).toBe(4);
      expect(large.statements).toBe(small.statements);
    });

    it('gives every authority its own neighbours, most similar first, and every assessment its own letter', async () => {
      const { result } = await statementsFor(152);
      const byCode = new Map(referenceAuthorities().map((authority) => [authority.laCode, authority]));
      for (const { node } of result.authorities.edges) {
        const wanted = byCode.get(node.laCode)!.statisticalNeighbourCodes.map((code) => byCode.get(code)!.name);
        expect([node.laCode, node.statisticalNeighbours.map((neighbour) => neighbour.name)]).toEqual([node.laCode, wanted]);
      }
      const hashes = result.authorities.edges.flatMap(({ node }) => node.assessments.map((assessment) => assessment.sourceLetter.sha256));
      expect(new Set(hashes).size).toBe(hashes.length);
      const kent = result.authorities.edges.find(({ node }) => node.laCode === '886')!.node;
      const kent2009 = kent.assessments.find((assessment) => assessment.year === 2009)!;
      expect(kent2009.sourceLetter.sha256).toBe(sha256(readBundledLetter(LETTER_FILES.kentRating2009)));
      const bath = result.authorities.edges.find(({ node }) => node.laCode === '800')!.node;
      expect(bath.assessments.map((assessment) => assessment.sourceLetter.sha256)).toEqual([
        sha256(readBundledLetter(LETTER_FILES.bathApa2006)),
        sha256(readBundledLetter(LETTER_FILES.bathRating2009)),
      ]);
    });
  });

  it('Assessment.recipient: the name and role the letter is addressed to, null for a letter with no addressee', async () => {
    type RecipientData = { authority: { assessments: Array<{ year: number; recipient: { name: string; role: string | null } | null }> } };
    const kent = await data<RecipientData>('{ authority(laCode: "886") { assessments(year: 2009) { year recipient { name role } } } }');
    expect(kent.authority.assessments).toEqual([
      { year: 2009, recipient: { name: 'Ms Rosalind Turner', role: 'Managing Director - Children Families and Education Directorate' } },
    ]);
    const bath = await data<RecipientData>('{ authority(laCode: "800") { assessments(year: 2006) { year recipient { name role } } } }');
    expect(bath.authority.assessments).toEqual([
      { year: 2006, recipient: { name: 'Mr Ashley Ayre', role: "Director of Children's Services" } },
    ]);
    const camden = await data<RecipientData>('{ authority(laCode: "202") { assessments(year: 2009) { year recipient { name role } } } }');
    expect(camden.authority.assessments).toEqual([{ year: 2009, recipient: null }]);
  });

  it("Assessment.overallJudgement: the grade in the letter kind's own words", async () => {
    type JudgementData = { assessments: { edges: Array<{ node: { kind: string; overallGrade: number; overallJudgement: string } }> } };
    const result = await data<JudgementData>('{ assessments(first: 500) { edges { node { kind overallGrade overallJudgement } } } }');
    const nodes = result.assessments.edges.map((edge) => edge.node);
    for (const node of nodes) {
      const words = node.kind === 'ANNUAL_RATING' ? RATING_WORDS : APA_WORDS;
      expect([node.kind, node.overallGrade, node.overallJudgement]).toEqual([node.kind, node.overallGrade, words[node.overallGrade]]);
    }
    const seen = new Set(nodes.map((node) => `${node.kind} ${node.overallJudgement}`));
    for (const grade of [1, 2, 3, 4]) {
      expect(seen).toContain(`ANNUAL_RATING ${RATING_WORDS[grade]}`);
      expect(seen).toContain(`ANNUAL_PERFORMANCE_ASSESSMENT ${APA_WORDS[grade]}`);
    }
  });

  it('Assessment.settingJudgements(setting:): only that setting, in the order the letter makes them', async () => {
    type SettingData = {
      authority: {
        assessments: Array<{
          all: SettingJudgementRow[];
          homes: SettingJudgementRow[];
          reviews: SettingJudgementRow[];
          colleges: SettingJudgementRow[];
        }>;
      };
    };
    const fields = 'setting judgement count total proportion source';
    const result = await data<SettingData>(`{
      authority(laCode: "886") {
        assessments(year: 2009) {
          all: settingJudgements { ${fields} }
          homes: settingJudgements(setting: CHILDRENS_HOMES) { ${fields} }
          reviews: settingJudgements(setting: SERIOUS_CASE_REVIEWS) { ${fields} }
          colleges: settingJudgements(setting: FURTHER_EDUCATION) { ${fields} }
        }
      }
    }`);
    const [kent2009] = result.authority.assessments;
    expect(kent2009.homes).toEqual([
      { setting: 'CHILDRENS_HOMES', judgement: 'GOOD', count: null, total: null, proportion: 0.5, source: 'INSPECTION' },
      { setting: 'CHILDRENS_HOMES', judgement: 'INADEQUATE', count: 0, total: null, proportion: null, source: 'INSPECTION' },
    ]);
    expect(kent2009.reviews).toEqual([
      { setting: 'SERIOUS_CASE_REVIEWS', judgement: 'ADEQUATE_OR_BETTER', count: 5, total: 5, proportion: null, source: 'INSPECTION' },
    ]);
    expect(kent2009.colleges).toEqual([]);
    expect(kent2009.homes).toEqual(kent2009.all.filter((row) => row.setting === 'CHILDRENS_HOMES'));
    expect(kent2009.all.length).toBeGreaterThan(kent2009.homes.length + kent2009.reviews.length);
  });

  it('Authority.assessments(kind:, year:): either, both or neither narrows the list, oldest first', async () => {
    type ListData = { authority: { assessments: Array<{ kind: string; year: number }> } };
    const list = async (args: string): Promise<Array<{ kind: string; year: number }>> =>
      (await data<ListData>(`{ authority(laCode: "886") { assessments${args} { kind year } } }`)).authority.assessments;
    const apa = { kind: 'ANNUAL_PERFORMANCE_ASSESSMENT', year: 2007 };
    const rating = { kind: 'ANNUAL_RATING', year: 2009 };
    expect(await list('')).toEqual([apa, rating]);
    expect(await list('(kind: ANNUAL_PERFORMANCE_ASSESSMENT)')).toEqual([apa]);
    expect(await list('(kind: ANNUAL_RATING)')).toEqual([rating]);
    expect(await list('(year: 2009)')).toEqual([rating]);
    expect(await list('(year: 2007, kind: ANNUAL_PERFORMANCE_ASSESSMENT)')).toEqual([apa]);
    expect(await list('(year: 2007, kind: ANNUAL_RATING)')).toEqual([]);
    expect(await list('(year: 2005)')).toEqual([]);
  });
});
