import { SqlStatementCounter } from '../../helpers/sql-statement-counter';
import { withoutCost } from '../../helpers/graphql-over-http';
import { createTestDatabase, type TestDatabase, type TestEngine } from '../../helpers/test-database';
import { ADMIN_TOKEN, startCachedServer, type CachedServer } from './cached-test-server';
import { cacheSettings, dropRedisNamespace, KENT_LETTER, loadLettersExceptKent, uniqueNamespace } from './caching-fixtures';

const HISTORICAL_ASSESSMENT = /* GraphQL */ `
  query Assessment($id: ID!) {
    assessment(id: $id) {
      year
      overallGrade
      authority {
        name
        statisticalNeighbours {
          name
        }
      }
      outcomeAreas {
        area
        grade
      }
      settingJudgements {
        setting
        judgement
      }
      sourceLetter {
        fileName
      }
    }
  }
`;

const KENT_ASSESSMENTS = '{ authority(laCode: "886") { name assessments { year overallGrade } } }';

const INGEST = /* GraphQL */ `
  mutation Ingest($text: String!) {
    ingestLetter(text: $text) {
      status
    }
  }
`;

type KentData = { authority: { name: string; assessments: Array<{ year: number; overallGrade: number }> } };
type IngestData = { ingestLetter: { status: string } };

const CASES: Array<[TestEngine, 'memory' | 'redis']> = [
  ['sqlite', 'memory'],
  ['mysql', 'memory'],
  ['sqlite', 'redis'],
  ['mysql', 'redis'],
];

describe.each(CASES)('response cache on %s with a %s store', (engine, store) => {
  const namespace = uniqueNamespace();
  const statements = new SqlStatementCounter();
  let database: TestDatabase;
  let api: CachedServer;

  beforeAll(async () => {
    database = await createTestDatabase(engine, statements);
    await loadLettersExceptKent(database.dataSource);
    api = await startCachedServer(database, cacheSettings(store, namespace));
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (store === 'redis') await dropRedisNamespace(namespace);
  });

  /** Sends a query and returns it with the number of SQL statements it cost. */
  async function counted<TData>(query: string, variables?: Record<string, unknown>) {
    statements.reset();
    const response = await api.post<TData>(query, variables);
    expect(response.body.errors).toBeUndefined();
    return { response, statements: statements.count };
  }

  it('answers a second identical query from the cache, without SQL, with a long max-age for historical data', async () => {
    const list = await api.post<{ assessments: { edges: Array<{ node: { id: string } }> } }>(
      '{ assessments(first: 1) { edges { node { id } } } }',
    );
    const variables = { id: list.body.data!.assessments.edges[0].node.id };

    const first = await counted(HISTORICAL_ASSESSMENT, variables);
    const second = await counted(HISTORICAL_ASSESSMENT, variables);

    expect(first.statements).toBeGreaterThan(0);
    expect(second.statements).toBe(0);
    expect(withoutCost(second.response.body)).toEqual(withoutCost(first.response.body));
    expect(first.response.headers.get('cache-control')).toBe('max-age=86400, public');
    expect(second.response.headers.get('cache-control')).toBe('max-age=86400, public');
    expect(second.response.headers.get('age')).toMatch(/^\d+$/);
  });

  it('gives lists, counts and the assessments of an authority a short max-age', async () => {
    const authorities = await counted('{ authorities(first: 3) { totalCount edges { node { name } } } }');
    expect(authorities.response.headers.get('cache-control')).toBe('max-age=60, public');
    const kent = await counted<KentData>(KENT_ASSESSMENTS);
    expect(kent.response.headers.get('cache-control')).toBe('max-age=60, public');
    const kentAlone = await counted('{ authority(laCode: "886") { name region } }');
    expect(kentAlone.response.headers.get('cache-control')).toBe('max-age=86400, public');
  });

  it('keeps the cache when an ingest changes nothing, and clears it when one stores a letter', async () => {
    await counted<KentData>(KENT_ASSESSMENTS);
    const cachedBefore = await counted<KentData>(KENT_ASSESSMENTS);
    expect(cachedBefore.statements).toBe(0);
    expect(cachedBefore.response.body.data?.authority.assessments).toEqual([]);

    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const ingested = await api.post<IngestData>(INGEST, { text: KENT_LETTER }, headers);
    expect(ingested.body.data?.ingestLetter.status).toBe('INGESTED');
    expect(ingested.headers.get('cache-control')).toBe('no-store');

    const fresh = await counted<KentData>(KENT_ASSESSMENTS);
    expect(fresh.statements).toBeGreaterThan(0);
    expect(fresh.response.body.data?.authority.assessments).toEqual([{ year: 2009, overallGrade: 3 }]);
    expect((await counted<KentData>(KENT_ASSESSMENTS)).statements).toBe(0);

    const unchanged = await api.post<IngestData>(INGEST, { text: KENT_LETTER }, headers);
    expect(unchanged.body.data?.ingestLetter.status).toBe('UNCHANGED');
    const stillCached = await counted<KentData>(KENT_ASSESSMENTS);
    expect(stillCached.statements).toBe(0);
    expect(withoutCost(stillCached.response.body)).toEqual(withoutCost(fresh.response.body));
  });
});
