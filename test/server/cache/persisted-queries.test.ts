import { createHash } from 'node:crypto';
import { SqlStatementCounter } from '../../helpers/sql-statement-counter';
import { withoutCost } from '../../helpers/graphql-over-http';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';
import { startCachedServer, type CachedServer } from './cached-test-server';
import { cacheSettings, dropRedisNamespace, loadLettersExceptKent, uniqueNamespace } from './caching-fixtures';

const QUERY = 'query Region($region: String!) { authorities(filter: { region: $region }) { totalCount edges { node { name } } } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const VARIABLES = { region: 'South West' };
const PERSISTED = { persistedQuery: { version: 1, sha256Hash: HASH } };
/** What Apollo's CSRF prevention asks of a GET: a header a browser cannot send cross-site without a preflight. */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

type RegionData = { authorities: { totalCount: number; edges: Array<{ node: { name: string } }> } };

describe.each(['memory', 'redis'] as const)('automatic persisted queries over GET with a %s store', (store) => {
  const namespace = uniqueNamespace();
  const statements = new SqlStatementCounter();
  let database: TestDatabase;
  let api: CachedServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite', statements);
    await loadLettersExceptKent(database.dataSource);
    api = await startCachedServer(database, cacheSettings(store, namespace));
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (store === 'redis') await dropRedisNamespace(namespace);
  });

  it('asks for the query text, registers it, then answers GETs by hash alone from the cache', async () => {
    const unknown = await api.get<RegionData>({ variables: VARIABLES, extensions: PERSISTED }, PREFLIGHT);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await api.get<RegionData>({ query: QUERY, variables: VARIABLES, extensions: PERSISTED }, PREFLIGHT);
    expect(registered.status).toBe(200);
    expect(registered.body.data?.authorities.totalCount).toBeGreaterThan(10);

    statements.reset();
    const byHash = await api.get<RegionData>({ variables: VARIABLES, extensions: PERSISTED }, PREFLIGHT);
    expect(byHash.status).toBe(200);
    expect(withoutCost(byHash.body)).toEqual(withoutCost(registered.body));
    expect(byHash.headers.get('cache-control')).toBe('max-age=60, public');
    expect(statements.count).toBe(0);
  });

  it('refuses a GET without a CSRF-safe header, which a CDN must forward', async () => {
    const refused = await fetch(`${api.server.url}?${new URLSearchParams({ query: QUERY, variables: JSON.stringify(VARIABLES) })}`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/CSRF/);
    const named = await api.get<RegionData>({ query: QUERY, variables: VARIABLES }, { 'x-apollo-operation-name': 'Region' });
    expect(named.status).toBe(200);
  });

  it('answers a GET of a mutation with 405, since GET must not change data', async () => {
    const response = await api.get({ query: 'mutation { ingestLetter(text: "x") { status } }' }, PREFLIGHT);
    expect(response.status).toBe(405);
  });
});
