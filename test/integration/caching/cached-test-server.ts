import type { GraphQLSchema } from 'graphql';
import type { CacheSettings } from '../../../src/cache/cache-settings';
import { buildAppSchema } from '../../../src/schema/build-schema';
import { startServer, type RunningServer } from '../../../src/server';
import type { TestDatabase } from '../../helpers/test-database';

export const ADMIN_TOKEN = 'caching-test-admin-token';

export interface HttpResult<TData> {
  status: number;
  headers: Headers;
  body: { data?: TData; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** A server with a response cache over an existing test database, talked to over real HTTP. */
export interface CachedServer {
  server: RunningServer;
  post<TData>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpResult<TData>>;
  /** GETs /graphql with the given query-string parameters (objects are sent as JSON). */
  get<TData>(params: Record<string, string | object>, headers?: Record<string, string>): Promise<HttpResult<TData>>;
  stop(): Promise<void>;
}

let schema: Promise<GraphQLSchema> | undefined;

async function toResult<TData>(response: Response): Promise<HttpResult<TData>> {
  return { status: response.status, headers: response.headers, body: (await response.json()) as HttpResult<TData>['body'] };
}

/** Starts a server with the given cache over `database`; several may share one database. */
export async function startCachedServer(
  database: TestDatabase,
  cache: CacheSettings,
  // An hour by default: a poll landing inside a test would add a statement to its count.
  outsideIngestPollMs = 3_600_000,
): Promise<CachedServer> {
  schema ??= buildAppSchema();
  const server = await startServer({
    dataSource: database.dataSource,
    adminToken: ADMIN_TOKEN,
    schema: await schema,
    cache,
    outsideIngestPollMs,
    port: 0,
    host: '127.0.0.1',
  });
  return {
    server,
    async post<TData>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return toResult<TData>(response);
    },
    async get<TData>(params: Record<string, string | object>, headers: Record<string, string> = {}) {
      const url = new URL(server.url);
      for (const [name, value] of Object.entries(params)) {
        url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
      }
      return toResult<TData>(await fetch(url, { headers }));
    },
    stop: () => server.stop(),
  };
}
