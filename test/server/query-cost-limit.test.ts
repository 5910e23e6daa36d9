import { MAX_QUERY_COST } from '../../src/server/query-cost.plugin';
import { useTestServer } from '../helpers/test-server';

function nestedNeighbours(levels: number): string {
  return `{ authority(laCode: "835") { ${'statisticalNeighbours { '.repeat(levels)}name${' }'.repeat(levels)} } }`;
}

describe('queries too large to answer', () => {
  const api = useTestServer('sqlite');

  it('refuses seven levels of statistical neighbours before touching the database', async () => {
    api.statements.reset();
    const response = await api.graphql(nestedNeighbours(7));
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maximumCost: MAX_QUERY_COST });
    expect(response.body.data).toBeUndefined();
    expect(api.statements.count).toBe(0);
  });

  it('refuses aliases that multiply a modest query', async () => {
    // (thousands of aliases no longer get past the token limit)
    const aliases = Array.from(
      { length: 30 },
      (_, index) => `a${index}: authority(laCode: "886") { ${'statisticalNeighbours { '.repeat(5)}name${' }'.repeat(5)} }`,
    );
    api.statements.reset();
    const response = await api.graphql(`{ ${aliases.join(' ')} }`);
    expect(response.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(api.statements.count).toBe(0);
  });

  it('answers what real clients ask: three levels of neighbours, a full page of nested authorities', async () => {
    const neighbours = await api.graphql<{ authority: { statisticalNeighbours: unknown[] } }>(nestedNeighbours(3));
    expect(neighbours.body.errors).toBeUndefined();
    expect(neighbours.body.data?.authority.statisticalNeighbours).toHaveLength(10);
    const page = await api.graphql<{ authorities: { edges: unknown[] } }>(
      '{ authorities(first: 152) { edges { node { name assessments { year outcomeAreas { area grade } settingJudgements { setting judgement count total } } } } } }',
    );
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data?.authorities.edges).toHaveLength(152);
  });
});
