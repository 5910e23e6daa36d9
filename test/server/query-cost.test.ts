import type { GraphQLSchema } from 'graphql';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { listAwareEstimator } from '../../src/server/query-cost.plugin';
import { testSchema } from '../helpers/graphql-over-http';

describe('query cost', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await testSchema();
  });

  function cost(query: string, variables: Record<string, unknown> = {}): number {
    return getComplexity({ schema, query: parse(query), variables, estimators: [listAwareEstimator] });
  }

  it('counts a field once and a list field once per item it can return', () => {
    expect(cost('{ authority(laCode: "886") { name } }')).toBe(2);
    // authority 1 + (statisticalNeighbours 1 + 10 neighbours x name 1)
    expect(cost('{ authority(laCode: "886") { statisticalNeighbours { name } } }')).toBe(12);
    // each further level of neighbours multiplies by ten
    expect(cost('{ authority(laCode: "886") { statisticalNeighbours { statisticalNeighbours { name } } } }')).toBe(112);
  });

  it('sizes a connection by its first argument, defaulting to its page size', () => {
    // authorities 1 + first x (edges 1 + node 1 + name 1)
    expect(cost('{ authorities(first: 100) { edges { node { name } } } }')).toBe(1 + 100 * 3);
    expect(cost('query($n: Int) { authorities(first: $n) { edges { node { name } } } }', { n: 7 })).toBe(1 + 7 * 3);
    expect(cost('{ authorities { edges { node { name } } } }')).toBe(1 + 50 * 3);
  });

  it('sizes _entities by the representations it is given', () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Authority { name } } }';
    expect(cost(query, { r: Array.from({ length: 150 }, () => ({ __typename: 'Authority', laCode: '886' })) })).toBe(1 + 150 * 1);
  });
});
