import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { MAX_INTROSPECTION_DEPTH, MAX_INTROSPECTION_FIELDS } from '../../src/server/introspection-bounds';
import { DEFAULT_REQUEST_LIMITS } from '../../src/config';
import { useTestServer } from '../helpers/test-server';

/** What GraphiQL (5, as bundled by @graphql-yoga/render-graphiql) asks for when it opens. */
const GRAPHIQL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

function ofTypeChain(levels: number): string {
  return `{ __type(name: "Authority") { name ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } }`;
}

/**
 * The general depth and token limits (docs/caching-and-limits.md, "Security and limits") refuse most of these
 * shapes before the introspection bounds are reached; raised here so that the bounds themselves
 * are what is tested.
 */
const WITHOUT_GENERAL_LIMITS = { ...DEFAULT_REQUEST_LIMITS, maxDepth: 100_000, maxTokens: 1_000_000 };

describe('introspection with the default limits', () => {
  const api = useTestServer('sqlite');

  it("answers GraphiQL's introspection and refuses a deep ofType chain as too deep", async () => {
    const full = await api.graphql<IntrospectionQuery>(GRAPHIQL_INTROSPECTION);
    expect(full.body.errors).toBeUndefined();
    const tooDeep = await api.graphql(ofTypeChain(1_000));
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });
});

describe('introspection over HTTP', () => {
  const api = useTestServer('sqlite', { limits: WITHOUT_GENERAL_LIMITS });

  it.each([
    ['graphql-js getIntrospectionQuery()', getIntrospectionQuery()],
    ["GraphiQL's introspection, with descriptions and input value deprecation", GRAPHIQL_INTROSPECTION],
  ])('answers %s in full, without touching the database', async (_name, query) => {
    api.statements.reset();
    const response = await api.graphql<IntrospectionQuery>(query);
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const schema = buildClientSchema(response.body.data as IntrospectionQuery);
    expect(Object.keys(schema.getType('Authority')?.toConfig() ?? {})).toContain('fields');
    expect(schema.getQueryType()?.getFields().authorities.description).toBeTruthy();
    expect(api.statements.count).toBe(0);
  });

  it('answers the introspection codegen and IDE plugins send by GET too', async () => {
    const url = `${api.server.url}?query=${encodeURIComponent(getIntrospectionQuery())}`;
    const response = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema.types.length).toBeGreaterThan(40);
  });

  it('refuses an ofType chain deeper than the limit, and answers one at the limit', async () => {
    const bomb = await api.graphql(ofTypeChain(1_000));
    expect(bomb.status).toBe(400);
    expect(bomb.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maximumNesting: 64 });
    // 40 levels: past the introspection bound, within the 64 levels of brackets a document may nest
    const tooDeep = await api.graphql(ofTypeChain(40));
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      introspectionDepth: 42,
      maximumIntrospectionDepth: MAX_INTROSPECTION_DEPTH,
    });
    const atLimit = await api.graphql(ofTypeChain(MAX_INTROSPECTION_DEPTH - 2));
    expect(atLimit.body.errors).toBeUndefined();
    const overLimit = await api.graphql(ofTypeChain(MAX_INTROSPECTION_DEPTH - 1));
    expect(overLimit.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses walking back into the schema from a type reference', async () => {
    // graphql-js's own MaxIntrospectionDepthRule stops three nested lists; two get this far.
    const response = await api.graphql('{ __type(name: "Authority") { fields { type { fields { name } } } } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', introspectionField: 'fields' });
    const throughFragment = await api.graphql(
      '{ __type(name: "Assessment") { fields { type { ...Listing } } } } fragment Listing on __Type { possibleTypes { name } }',
    );
    expect(throughFragment.body.errors?.[0].extensions).toMatchObject({ introspectionField: 'possibleTypes' });
  });

  it('refuses aliases that repeat the schema over and over', async () => {
    const aliases = Array.from({ length: 300 }, (_, index) => `s${index}: __schema { types { name kind } }`);
    const response = await api.graphql(`{ ${aliases.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      introspectionFields: 300 * 4,
      maximumIntrospectionFields: MAX_INTROSPECTION_FIELDS,
    });
  });

  it('measures fragments spread within fragments without expanding them', async () => {
    // Each fragment spreads the next twice: fully expanded this is 2^40 fields deep in aliases.
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, index) => `fragment F${index} on __Type { a: name ${index + 1 < levels ? `... F${index + 1} b: kind ... F${index + 1}` : ''} }`,
    );
    const response = await api.graphql(`{ __type(name: "Authority") { ...F0 } } ${fragments.join(' ')}`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.introspectionFields).toBeGreaterThan(2 ** 40);
  });

  it('still costs data fields beside introspection', async () => {
    const response = await api.graphql(
      `{ __schema { queryType { name } } authority(laCode: "835") { ${'statisticalNeighbours { '.repeat(7)}name${' }'.repeat(7)} } }`,
    );
    expect(response.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(response.body.errors?.[0].extensions?.cost).toBeGreaterThan(300_000);
  });
});
