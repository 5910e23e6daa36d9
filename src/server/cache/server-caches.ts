import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { CacheSettings } from './cache-settings';
import { DEFAULT_CACHE_NAMESPACE, persistedQueryNamespace, responseNamespace } from './cache-settings';
import { type GenerationalCache, withGeneration } from './generation-guard';
import { createMemoryCache } from './memory-cache';
import { createRedisCache } from './redis-cache';

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
export function createServerCaches(settings: CacheSettings): ServerCaches {
  if (settings.store === 'memory') {
    const responses = withGeneration(createMemoryCache());
    return { responses, persistedQueries: undefined, close: () => responses.close() };
  }
  const namespace = settings.namespace ?? DEFAULT_CACHE_NAMESPACE;
  const responses = withGeneration(createRedisCache(settings.url, responseNamespace(namespace)));
  const persistedQueries = createRedisCache(settings.url, persistedQueryNamespace(namespace));
  return {
    responses,
    persistedQueries: persistedQueries.cache,
    close: async () => {
      await Promise.all([responses.close(), persistedQueries.close()]);
    },
  };
}
