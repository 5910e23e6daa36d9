import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { type GenerationalCache, withGeneration } from './generation-guard';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { createKeyvNonBlocking } from '@keyv/redis';
import { createLogger, type Logger } from '../logging/logger';

/** A key-value cache Apollo can use, plus what invalidation and shutdown need. */
export interface ClearableCache {
  cache: KeyValueCache<string>;
  /** Removes every entry of this cache (on Redis: every key of its namespace). */
  clear(): Promise<void>;
  /** Releases connections; the cache must not be used afterwards. */
  close(): Promise<void>;
}

/**
 * A cache in one Redis namespace, shared by every process that uses the same URL and
 * namespace. Non-blocking: when Redis is down, reads are misses and writes are dropped
 * (logged), so the API keeps answering from the database instead of hanging. Errors go to the
 * server's logger, or, for a command that has none (`ingest` clearing the cache), to standard error.
 */
export function createRedisCache(
  url: string,
  namespace: string,
  logger: Logger = createLogger({ destination: process.stderr }),
): ClearableCache {
  const keyv = createKeyvNonBlocking(url, { namespace });
  keyv.on('error', (error: unknown) => logger.warn({ err: error, namespace }, 'Redis cache error'));
  return {
    cache: new KeyvAdapter<string>(keyv),
    clear: () => keyv.clear(),
    close: () => keyv.disconnect(),
  };
}

/** Bounded so that many distinct queries evict old responses instead of growing the heap. */
const MEMORY_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** A bounded in-process LRU cache: private to this server, gone when it stops. */
export function createMemoryCache(): ClearableCache {
  const cache = new InMemoryLRUCache<string>({
    maxSize: MEMORY_CACHE_MAX_BYTES,
    sizeCalculation: InMemoryLRUCache.sizeCalculation,
  });
  return {
    cache,
    clear: async () => cache.clear(),
    close: async () => cache.clear(),
  };
}

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

/** The caches one server instance owns. */
export interface ServerCaches {
  /** Whole responses, for Apollo's response cache plugin. */
  responses: GenerationalCache;
  /** Persisted query registrations; `undefined` lets Apollo keep its own in-memory store. */
  persistedQueries: KeyValueCache<string> | undefined;
  /** Closes every connection the caches hold. */
  close(): Promise<void>;
}

/** Creates the caches for one server from its settings; the caller closes them when the server stops. */
export function createServerCaches(settings: CacheSettings, logger: Logger): ServerCaches {
  if (settings.store === 'memory') {
    const responses = withGeneration(createMemoryCache());
    return { responses, persistedQueries: undefined, close: () => responses.close() };
  }
  const namespace = settings.namespace ?? DEFAULT_CACHE_NAMESPACE;
  const responses = withGeneration(createRedisCache(settings.url, responseNamespace(namespace), logger));
  const persistedQueries = createRedisCache(settings.url, persistedQueryNamespace(namespace), logger);
  return {
    responses,
    persistedQueries: persistedQueries.cache,
    close: async () => {
      await Promise.all([responses.close(), persistedQueries.close()]);
    },
  };
}
