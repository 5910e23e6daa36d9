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
export async function startTestServer(engine: TestEngine, options: { adminToken?: string } = {}): Promise<TestServer> {
  const statements = new SqlStatementCounter();
  const database = await createTestDatabase(engine, statements);
  const server = await startServer({
    dataSource: database.dataSource,
    adminToken: options.adminToken ?? null,
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
