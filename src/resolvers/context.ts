import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders';
import type { RateLimit } from './rate-limit/rate-limit.type';

/** What every resolver receives. Built anew for each request. */
export interface AppContext {
  /** For reads. */
  dataSource: DataSource;
  /** For writes (ingest); a separate connection on SQLite, see `openWriterDataSource`. */
  writeDataSource: DataSource;
  loaders: Loaders;
  /** True when the request carried `Authorization: Bearer <ADMIN_TOKEN>`. */
  isAdmin: boolean;
  /** Whether the admin mutation is enabled at all (an ADMIN_TOKEN is configured). */
  adminEnabled: boolean;
  /** The response cache's generation when the request began; see `withGeneration`. */
  cacheGeneration: number;
  /** Who asked, for budgets and fair queuing: `key:<X-API-Key>` or `address:<ip>`; `anonymous` outside HTTP. */
  client: string;
  /** The client's budget once the operation was costed and charged; undefined without budgets or before. */
  rateLimit?: RateLimit;
}

export interface ContextOptions {
  dataSource: DataSource;
  writeDataSource?: DataSource;
  adminToken: string | null;
  authorization: string | undefined;
  cacheGeneration?: number;
  client?: string;
}

/** Builds the per-request context: fresh loaders and the caller's privileges. */
export function createContext({
  dataSource,
  writeDataSource = dataSource,
  adminToken,
  authorization,
  cacheGeneration = 0,
  client = 'anonymous',
}: ContextOptions): AppContext {
  return {
    dataSource,
    writeDataSource,
    loaders: createLoaders(dataSource),
    isAdmin: adminToken !== null && bearerMatches(authorization, adminToken),
    adminEnabled: adminToken !== null,
    cacheGeneration,
    client,
  };
}

function bearerMatches(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return false;
  return constantTimeEqual(match[1], token);
}

/** Compares without an early exit, so response timing does not reveal the token's prefix. */
function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  let difference = left.length ^ right.length;
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}
