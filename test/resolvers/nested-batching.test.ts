import { ingestLetter } from '../../src/ingest/ingest-letter';
import { referenceAuthorities } from '../../src/reference/reference-authorities';
import { loadBundledLetters, loadSyntheticRatings } from '../helpers/load-letters';
import { syntheticRatingLetter } from '../helpers/synthetic-letters';
import { ENGINES } from '../helpers/test-database';
import { useTestServer } from '../helpers/test-server';

const NESTED = /* GraphQL */ `
  query Nested($first: Int!) {
    authorities(first: $first, filter: { includeAbolished: false }) {
      edges {
        node {
          name
          assessments {
            year
            authority {
              name
            }
            outcomeAreas {
              area
            }
            settingJudgements {
              setting
            }
          }
        }
      }
    }
  }
`;

interface NestedData {
  authorities: {
    edges: Array<{
      node: {
        name: string;
        assessments: Array<{ year: number; authority: { name: string }; outcomeAreas: unknown[]; settingJudgements: unknown[] }>;
      };
    }>;
  };
}

describe.each(ENGINES)('nested reads on %s', (engine) => {
  const api = useTestServer(engine, {
    seed: async () => {
      await loadBundledLetters(api.database.dataSource);
      await loadSyntheticRatings(api.database.dataSource);
    },
    setupTimeout: 180_000,
  });

  async function statementsFor(first: number): Promise<{ statements: number; data: NestedData }> {
    api.statements.reset();
    const response = await api.graphql<NestedData>(NESTED, { first });
    expect(response.body.errors).toBeUndefined();
    return { statements: api.statements.count, data: response.body.data! };
  }

  it('sends the same few statements for 3 authorities as for 152: one per nesting level', async () => {
    const small = await statementsFor(3);
    const large = await statementsFor(152);

    expect(small.data.authorities.edges).toHaveLength(3);
    expect(large.data.authorities.edges).toHaveLength(152);
    const assessments = large.data.authorities.edges.flatMap((edge) => edge.node.assessments);
    expect(assessments).toHaveLength(153);
    expect(assessments.some((assessment) => assessment.outcomeAreas.length === 6)).toBe(true);
    for (const edge of large.data.authorities.edges) {
      for (const assessment of edge.node.assessments) expect(assessment.authority.name).toBe(edge.node.name);
    }
    // authorities page, assessments, their authorities, outcome areas, setting judgements
    expect(small.statements).toBe(5);
    expect(large.statements).toBe(small.statements);
  });

  it('builds fresh loaders per request, so a request after an ingest sees the new data', async () => {
    const query = '{ authority(laCode: "886") { assessments(year: 2009) { overallGrade } } }';
    type KentData = { authority: { assessments: Array<{ overallGrade: number }> } };
    const before = await api.graphql<KentData>(query);
    const kent = referenceAuthorities().find((authority) => authority.laCode === '886')!;
    const outcome = await ingestLetter(
      api.database.dataSource,
      { text: syntheticRatingLetter(kent, 1), fileName: null },
      { replace: true },
    );
    expect(outcome.status).toBe('replaced');
    const after = await api.graphql<KentData>(query);
    expect(before.body.data?.authority.assessments).toEqual([{ overallGrade: 3 }]);
    expect(after.body.data?.authority.assessments).toEqual([{ overallGrade: 1 }]);
  });
});
