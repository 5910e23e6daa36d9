/**
 * Where the server keeps whole responses (and, with Redis, persisted query registrations).
 * `memory` is per process; `redis` is shared by every server instance using the same
 * namespace, so an ingest on one instance (or the CLI) clears it for all.
 */
export type CacheSettings = { store: 'memory' } | { store: 'redis'; url: string; namespace?: string };

/** The Redis key namespace unless a deployment (or a test run) chooses its own. */
export const DEFAULT_CACHE_NAMESPACE = 'ofsted-graph';

/** Keys of cached responses: cleared by every ingest that changes data. */
export function responseNamespace(namespace: string = DEFAULT_CACHE_NAMESPACE): string {
  return `${namespace}:responses`;
}

/** Keys of registered persisted queries (APQ): kept across ingests, a query text never goes stale. */
export function persistedQueryNamespace(namespace: string = DEFAULT_CACHE_NAMESPACE): string {
  return `${namespace}:apq`;
}

/** The settings the process configuration asks for: Redis when `REDIS_URL` is set, else memory. */
export function cacheSettingsFor(config: { redisUrl: string | null }): CacheSettings {
  return config.redisUrl === null ? { store: 'memory' } : { store: 'redis', url: config.redisUrl };
}
