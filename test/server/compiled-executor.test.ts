import { ApolloServer } from '@apollo/server';
import { compiledGateway, COMPILED_QUERY_CACHE_SIZE } from '../../src/server/compiled-executor';
import { startServer, type RunningServer } from '../../src/server/start-server';
import { loadBundledLetters } from '../helpers/load-letters';
import { postGraphQL, testSchema, withoutCost } from '../helpers/graphql-over-http';
import { createTestDatabase, ENGINES, type TestDatabase } from '../helpers/test-database';

/** Requests whose answers, errors, extensions, status and cache headers must not depend on the executor. */
const REQUESTS: Array<{ name: string; query: string; variables?: Record<string, unknown>; headers?: Record<string, string> }> = [
  {
    name: 'a page of authorities nested three levels deep',
    query: `{ authorities(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name laCode region kind
      statisticalNeighbours { laCode } assessments { id kind year overallGrade publishedOn outcomeAreas { area grade judgement strengths }
      settingJudgements { setting judgement count total proportion source } } } } } }`,
  },
  {
    name: 'one authority with variables, an alias and a fragment',
    query: `query One($laCode: String!) { kent: authority(laCode: $laCode) { ...Names assessments { id sourceLetter { fileName sha256 } } } }
      fragment Names on Authority { id name onsCode __typename }`,
    variables: { laCode: '886' },
  },
  {
    name: 'an aggregate',
    query: '{ ratingDistribution(year: 2009, groupBy: REGION) { key total unassessed meanGrade grades { grade count } } }',
  },
  {
    name: 'a search',
    query: '{ search(text: "fostering", first: 5) { edges { cursor node { passage authority { name } assessment { year } } } } }',
  },
  {
    name: 'federation entities, one of them malformed',
    query: 'query E($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Authority { name } ... on Assessment { year } } }',
    variables: {
      r: [{ __typename: 'Authority', laCode: 'zzz' }, { __typename: 'Authority', laCode: '886' }, { __typename: 'Assessment' }],
    },
  },
  { name: 'a variable that does not coerce', query: 'query($n: Int) { authorities(first: $n) { totalCount } }', variables: { n: 'ten' } },
  { name: 'an argument out of bounds', query: '{ authorities(first: -1) { totalCount } }' },
  { name: 'an unknown authority', query: '{ authority(laCode: "999") { name } }' },
  { name: 'introspection', query: '{ __type(name: "RatingBucket") { name fields { name type { name kind } } } }' },
  { name: 'the subgraph SDL', query: '{ _service { sdl } }' },
  { name: 'a mutation without the token', query: 'mutation { ingestLetter(text: "x") { status } }' },
  {
    name: 'a federated trace',
    query: '{ authority(laCode: "800") { name } }',
    headers: { 'apollo-federation-include-trace': 'ftv1' },
  },
];

describe.each(ENGINES)('compiled execution against graphql-js (%s)', (engine) => {
  let database: TestDatabase;
  let compiled: RunningServer;
  let interpreted: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await loadBundledLetters(database.dataSource);
    const schema = await testSchema();
    const common = { dataSource: database.dataSource, adminToken: 'token', schema, port: 0, host: '127.0.0.1' };
    compiled = await startServer({ ...common, compiledExecution: true });
    interpreted = await startServer({ ...common, compiledExecution: false });
  }, 120_000);

  afterAll(async () => {
    await compiled?.stop();
    await interpreted?.stop();
    await database?.drop();
  });

  it.each(REQUESTS)('answers $name the same, twice (compiled once, then reused)', async ({ query, variables, headers }) => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const [fast, reference] = await Promise.all([
        postGraphQL(compiled.url, query, variables, headers),
        postGraphQL(interpreted.url, query, variables, headers),
      ]);
      expect(fast.status).toBe(reference.status);
      // A federated trace records timings, which differ from run to run: both must carry one.
      for (const response of [fast, reference]) {
        const extensions = (response.body as { extensions?: Record<string, unknown> }).extensions;
        if (headers?.['apollo-federation-include-trace']) {
          expect(typeof extensions?.ftv1).toBe('string');
          extensions!.ftv1 = 'trace';
        }
      }
      expect(withoutCost(fast.body)).toEqual(withoutCost(reference.body));
      expect(JSON.stringify(withoutCost(fast.body))).toBe(JSON.stringify(withoutCost(reference.body)));
      expect(fast.headers.get('cache-control')).toBe(reference.headers.get('cache-control'));
    }
  });
});

describe('the compiled executor', () => {
  async function apolloWith(): Promise<{ server: ApolloServer; stats: ReturnType<typeof compiledGateway>['stats'] }> {
    const { gateway, stats } = compiledGateway(await testSchema());
    const server = new ApolloServer({ gateway });
    await server.start();
    return { server, stats };
  }

  it('compiles a query once per document and operation and reuses it; interprets mutations and introspection', async () => {
    const { server, stats } = await apolloWith();
    try {
      for (let time = 0; time < 3; time += 1) await server.executeOperation({ query: '{ __typename }' });
      await server.executeOperation({ query: 'query A { __typename } query B { __typename }', operationName: 'A' });
      await server.executeOperation({ query: 'query A { __typename } query B { __typename }', operationName: 'B' });
      await server.executeOperation({ query: '{ __schema { queryType { name } } }' });
      expect(stats).toMatchObject({ compiled: 3, reused: 2, interpreted: 1 });
    } finally {
      await server.stop();
    }
  });

  it(`keeps at most ${COMPILED_QUERY_CACHE_SIZE} compiled documents`, async () => {
    const { server, stats } = await apolloWith();
    try {
      for (let index = 0; index <= COMPILED_QUERY_CACHE_SIZE; index += 1) {
        await server.executeOperation({ query: `{ a${index}: __typename }` });
      }
      expect(stats.compiled).toBe(COMPILED_QUERY_CACHE_SIZE + 1);
      expect(stats.cached()).toBe(COMPILED_QUERY_CACHE_SIZE);
      // The oldest was dropped: asking again compiles it again.
      await server.executeOperation({ query: '{ a0: __typename }' });
      expect(stats.compiled).toBe(COMPILED_QUERY_CACHE_SIZE + 2);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
