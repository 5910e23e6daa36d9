import type { Logger } from '../../../src/server/logging/logger';
import type { CacheSettings } from '../../../src/server/cache/server-caches';
import { startServer, type RunningServer } from '../../../src/server/start-server';
import { type GraphQLResponse, postGraphQL, testSchema } from '../../helpers/graphql-over-http';
import type { TestDatabase } from '../../helpers/test-database';

export const ADMIN_TOKEN = 'caching-test-admin-token';

export type HttpResult<TData> = GraphQLResponse<TData>;

/** A server with a response cache over an existing test database, talked to over real HTTP. */
export interface CachedServer {
  server: RunningServer;
  post<TData>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpResult<TData>>;
  /** GETs /graphql with the given query-string parameters (objects are sent as JSON). */
  get<TData>(params: Record<string, string | object>, headers?: Record<string, string>): Promise<HttpResult<TData>>;
  stop(): Promise<void>;
}

async function toResult<TData>(response: Response): Promise<HttpResult<TData>> {
  return { status: response.status, headers: response.headers, body: (await response.json()) as HttpResult<TData>['body'] };
}

/** Starts a server with the given cache over `database`; several may share one database. */
export async function startCachedServer(
  database: TestDatabase,
  cache: CacheSettings,
  // An hour by default: a poll landing inside a test would add a statement to its count.
  outsideIngestPollMs = 3_600_000,
  logger?: Logger,
): Promise<CachedServer> {
  const server = await startServer({
    dataSource: database.dataSource,
    adminToken: ADMIN_TOKEN,
    schema: await testSchema(),
    cache,
    outsideIngestPollMs,
    logger,
    port: 0,
    host: '127.0.0.1',
  });
  return {
    server,
    post: (query, variables, headers) => postGraphQL(server.url, query, variables, headers),
    async get<TData>(params: Record<string, string | object>, headers: Record<string, string> = {}) {
      const url = new URL(server.url);
      for (const [name, value] of Object.entries(params)) {
        url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
      }
      return toResult<TData>(await fetch(url, { headers }));
    },
    stop: async () => void (await server.stop()),
  };
}
