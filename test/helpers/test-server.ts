import type { LoadLimits, RequestLimits } from '../../src/config';
import type { CacheSettings } from '../../src/server/cache/server-caches';
import { startServer, type RunningServer } from '../../src/server/start-server';
import { type GraphQLResponse, postGraphQL, testSchema } from './graphql-over-http';
import { SqlStatementCounter } from './sql-statement-counter';
import { createTestDatabase, type TestDatabase, type TestEngine } from './test-database';

export type { GraphQLResponse } from './graphql-over-http';

export interface TestServer {
  database: TestDatabase;
  server: RunningServer;
  statements: SqlStatementCounter;
  /** POSTs a GraphQL request over real HTTP. */
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/** A real server on a free port over a fresh database of the given engine. */
export async function startTestServer(
  engine: TestEngine,
  options: { adminToken?: string; limits?: RequestLimits; load?: LoadLimits; cache?: CacheSettings } = {},
): Promise<TestServer> {
  const statements = new SqlStatementCounter();
  const database = await createTestDatabase(engine, statements);
  const server = await startServer({
    dataSource: database.dataSource,
    adminToken: options.adminToken ?? null,
    limits: options.limits,
    load: options.load,
    cache: options.cache,
    // An hour: a poll for outside ingests landing inside a test would add a statement to its count.
    outsideIngestPollMs: 3_600_000,
    schema: await testSchema(),
    port: 0,
    host: '127.0.0.1',
  });
  return {
    database,
    server,
    statements,
    graphql: (query, variables, headers) => postGraphQL(server.url, query, variables, headers),
    async close() {
      await server.stop();
      await database.drop();
    },
  };
}

export interface UseTestServerOptions {
  adminToken?: string;
  /** Request limits other than the defaults, e.g. introspection off. */
  limits?: RequestLimits;
  /** Budgets and admission limits other than the defaults, e.g. a small budget to exhaust. */
  load?: LoadLimits;
  /** A whole-response cache; none when omitted. */
  cache?: CacheSettings;
  /** Loads what the file's tests read (letters, fixtures); runs once, after the server starts. */
  seed?: (server: TestServer) => Promise<void>;
  /** Time allowed for start-up and seeding, in ms. */
  setupTimeout?: number;
}

/**
 * A real server for the tests of one `describe` block: started in `beforeAll`, seeded once,
 * closed in `afterAll`. The handle is returned at once and reaches the running server only
 * inside tests (and `seed`), so a file states what it needs in one line.
 */
export function useTestServer(engine: TestEngine, options: UseTestServerOptions = {}): TestServer {
  let current: TestServer | undefined;
  const running = (): TestServer => {
    if (!current) throw new Error('useTestServer: the server starts in beforeAll; use the handle inside tests');
    return current;
  };
  beforeAll(async () => {
    current = await startTestServer(engine, {
      adminToken: options.adminToken,
      limits: options.limits,
      load: options.load,
      cache: options.cache,
    });
    await options.seed?.(current);
  }, options.setupTimeout ?? 180_000);
  afterAll(async () => {
    await current?.close();
  });
  return {
    get database() {
      return running().database;
    },
    get server() {
      return running().server;
    },
    get statements() {
      return running().statements;
    },
    graphql: (query, variables, headers) => running().graphql(query, variables, headers),
    close: () => running().close(),
  };
}
