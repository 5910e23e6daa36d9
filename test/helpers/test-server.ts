import type { GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/schema/build-schema';
import { startServer, type RunningServer } from '../../src/server';
import { SqlStatementCounter } from './sql-statement-counter';
import { createTestDatabase, type TestDatabase, type TestEngine } from './test-database';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  body: { data?: TData; errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }> };
  headers: Headers;
}

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

let schema: Promise<GraphQLSchema> | undefined;

/** A real server on a free port over a fresh database of the given engine. */
export async function startTestServer(engine: TestEngine, options: { adminToken?: string } = {}): Promise<TestServer> {
  const statements = new SqlStatementCounter();
  const database = await createTestDatabase(engine, statements);
  schema ??= buildAppSchema();
  const server = await startServer({
    dataSource: database.dataSource,
    adminToken: options.adminToken ?? null,
    schema: await schema,
    port: 0,
    host: '127.0.0.1',
  });
  return {
    database,
    server,
    statements,
    async graphql<TData>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<TData>['body'];
      return { status: response.status, body, headers: response.headers };
    },
    async close() {
      await server.stop();
      await database.drop();
    },
  };
}
