import type { GraphQLSchema } from 'graphql';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { listAwareEstimator, MAX_QUERY_COST } from '../../src/server/query-cost.plugin';
import { STATEMENT_WEIGHT } from '../../src/server/response-weight';
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
    // authorities 1 + its two statements + first x (edges 1 + node 1 + name 1)
    const statements = 2 * STATEMENT_WEIGHT;
    expect(cost('{ authorities(first: 100) { edges { node { name } } } }')).toBe(1 + statements + 100 * 3);
    expect(cost('query($n: Int) { authorities(first: $n) { edges { node { name } } } }', { n: 7 })).toBe(1 + statements + 7 * 3);
    expect(cost('{ authorities { edges { node { name } } } }')).toBe(1 + statements + 50 * 3);
  });

  it('weighs text by its size class: a letter outweighs hundreds of short fields', () => {
    // assessment 1 + sourceLetter 1 + text 501
    expect(cost('{ assessment(id: "1") { sourceLetter { text } } }')).toBe(1 + 1 + 501);
    expect(cost('{ assessment(id: "1") { summary } }')).toBe(1 + 21);
  });

  it('costs _entities as representations times what the selection of each weighs', () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Authority { assessments { sourceLetter { text } } } } }';
    const representations = (count: number) => Array.from({ length: count }, () => ({ __typename: 'Authority', laCode: '886' }));
    // per authority: assessments 1 + 5 x (sourceLetter 1 + text 501)
    expect(cost(query, { r: representations(10) })).toBe(1 + 10 * (1 + 5 * 502));
    // the 0.4 MB request of 10,000 representations that once answered 222 MiB
    expect(cost(query, { r: representations(10_000) })).toBeGreaterThan(MAX_QUERY_COST * 50);
  });

  it('costs each alias of an unbatched root field by the statements it sends', () => {
    const searches = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `s${index}: search(text: "fostering", first: 1) { totalCount }`).join(' ')} }`;
    expect(cost(searches(2)) - cost(searches(1))).toBe(1 + 2 * STATEMENT_WEIGHT + 1 * 1);
    expect(cost(searches(1_000))).toBeGreaterThan(MAX_QUERY_COST);
    // batched root fields cost no statements per alias
    expect(cost('{ a: authority(laCode: "886") { name } b: authority(laCode: "835") { name } }')).toBe(4);
  });

  it('sizes _entities by the representations it is given', () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Authority { name } } }';
    expect(cost(query, { r: Array.from({ length: 150 }, () => ({ __typename: 'Authority', laCode: '886' })) })).toBe(1 + 150 * 1);
  });
});
