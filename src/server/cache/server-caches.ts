import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { type GenerationalCache, withGeneration } from './generation-guard';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { createKeyvNonBlocking } from '@keyv/redis';
import { createLogger, type Logger } from '../logging/logger';
import { once } from 'node:events';
import { boundedCalls } from './bounded-calls';

/** A key-value cache Apollo can use, plus what invalidation and shutdown need. */
export interface ClearableCache {
  cache: KeyValueCache<string>;
  /** Removes every entry of this cache (on Redis: every key of its namespace). */
  clear(): Promise<void>;
  /** Releases connections; the cache must not be used afterwards. */
  close(): Promise<void>;
}

/** How long a Redis command may take before the request goes on without the cache. */
export const DEFAULT_REDIS_TIMEOUT_MS = 250;

/** While Redis is down, how often the background probe tries it again. */
const REDIS_RETRY_MS = 1_000;

/** The parts of @keyv/redis's store used to wait for the connection. */
interface RedisStore {
  client: { isReady: boolean } & NodeJS.EventEmitter;
  getClient(): Promise<unknown>;
}

/**
 * A cache in one Redis namespace, shared by every process that uses the same URL and
 * namespace. Every command waits for the connection first: the non-blocking client has no
 * offline queue, so a command sent while it is still connecting (a clear right at start-up)
 * would fail with ClientOfflineError. Every command is bounded by `timeoutMs`: when Redis is
 * down or paused, reads are misses and writes and clears are dropped (logged once per outage),
 * the API answers from the database, and a background probe finds Redis again. Errors go to the
 * server's logger, or, for a command that has none (`ingest` clearing the cache), to standard error.
 */
export function createRedisCache(
  url: string,
  namespace: string,
  timeoutMs: number = DEFAULT_REDIS_TIMEOUT_MS,
  logger: Logger = createLogger({ destination: process.stderr }),
): ClearableCache {
  const keyv = createKeyvNonBlocking(url, { namespace });
  keyv.on('error', (error: unknown) => logger.warn({ err: error, namespace }, 'Redis cache error'));
  const store = keyv.store as unknown as RedisStore;
  const connected = async (): Promise<void> => {
    await store.getClient();
    if (!store.client.isReady) await once(store.client, 'ready');
  };
  const adapter = new KeyvAdapter<string>(keyv);
  const calls = boundedCalls({
    timeoutMs,
    retryMs: REDIS_RETRY_MS,
    probe: async () => {
      await connected();
      await keyv.get('__probe__');
    },
    onChange: (available, error) => {
      if (available) logger.info({ namespace }, 'Redis cache answering again, back in use');
      else logger.warn({ err: error, namespace }, 'Redis cache not answering; serving without it until it answers');
    },
  });
  const afterConnecting =
    <T>(command: () => Promise<T>) =>
    async (): Promise<T> => {
      await connected();
      return command();
    };
  return {
    cache: {
      get: (key) =>
        calls.run(
          afterConnecting(() => adapter.get(key)),
          undefined,
        ),
      set: (key, value, options) =>
        calls.run(
          afterConnecting(() => adapter.set(key, value, options)),
          undefined,
        ),
      delete: (key) =>
        calls.run(
          afterConnecting(() => adapter.delete(key)),
          false,
        ),
    },
    clear: () =>
      calls.run(async () => {
        await connected();
        await keyv.clear();
      }, undefined),
    close: async () => {
      calls.stop();
      await keyv.disconnect();
    },
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
export type CacheSettings = { store: 'memory' } | { store: 'redis'; url: string; namespace?: string; timeoutMs?: number };

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
export function cacheSettingsFor(config: {
  redisUrl: string | null;
  redisNamespace?: string;
  timings?: { redisTimeoutMs: number };
}): CacheSettings {
  if (config.redisUrl === null) return { store: 'memory' };
  return { store: 'redis', url: config.redisUrl, namespace: config.redisNamespace, timeoutMs: config.timings?.redisTimeoutMs };
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
  const responses = withGeneration(createRedisCache(settings.url, responseNamespace(namespace), settings.timeoutMs, logger));
  const persistedQueries = createRedisCache(settings.url, persistedQueryNamespace(namespace), settings.timeoutMs, logger);
  return {
    responses,
    persistedQueries: persistedQueries.cache,
    close: async () => {
      await Promise.all([responses.close(), persistedQueries.close()]);
    },
  };
}
