import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { GRAPHIQL_EXAMPLES } from '../../../src/server/http/graphiql-examples';
import { loadBundledLetters } from '../../helpers/load-letters';
import { useTestServer } from '../../helpers/test-server';

function operationOf(query: string): OperationDefinitionNode {
  const definition = parse(query).definitions.find((candidate) => candidate.kind === Kind.OPERATION_DEFINITION);
  if (!definition) throw new Error('An example without an operation');
  return definition;
}

const EXAMPLES = GRAPHIQL_EXAMPLES.map(({ query }) => [operationOf(query).name?.value, query] as const);

describe("GraphiQL's example tabs", () => {
  const api = useTestServer('sqlite', { seed: ({ database }) => loadBundledLetters(database.dataSource) });

  it('has one per kind of user', () => {
    expect(EXAMPLES.map(([name]) => name)).toEqual(['CouncilPage', 'RatingsByRegion', 'LetterSearch', 'NeighbourComparison']);
  });

  it.each(EXAMPLES)('%s runs as it opens, with no variables given, and finds letters', async (_name, query) => {
    expect(operationOf(query).operation).toBe(OperationTypeNode.QUERY);
    const response = await api.graphql(query);
    expect(response.body.errors).toBeUndefined();
    // Every example reaches at least one loaded letter: a grade, a passage or a mean.
    expect(JSON.stringify(response.body.data)).toMatch(/"(overallGrade|grade|highlighted|meanGrade)":\s*[0-9"]/);
  });

  it('says how many letters are loaded in the first tab', async () => {
    const [, councilPage] = EXAMPLES[0] ?? [];
    const response = await api.graphql<{ lettersLoaded: { totalCount: number } }>(councilPage ?? '');
    expect(response.body.data?.lettersLoaded.totalCount).toBe(5);
  });

  it('shows plain text, not HTML: no example selects the highlighted passage', () => {
    for (const [, query] of EXAMPLES) expect(query).not.toMatch(/^\s*highlighted\b/m);
  });
});
