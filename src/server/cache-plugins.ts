import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { CHANGEABLE_MAX_AGE } from '../schema/cache-hints';
import type { GenerationalCache } from './cache/generation-guard';
import type { AppContext } from '../resolvers/context';
import { invalidateOnIngestPlugin } from './invalidate-on-ingest.plugin';

/**
 * Cache control (computes each response's policy from the `@cacheControl` hints and sends it
 * as a `cache-control` header) and, given a store, the whole-response cache with its
 * invalidation on ingest. Root fields and object fields without a hint get the short
 * changeable max-age rather than Apollo's 0: whatever is not declared historical (connections,
 * aggregates, search) is still worth caching briefly.
 */
export function cachePlugins(responses: GenerationalCache | undefined): ApolloServerPlugin<AppContext>[] {
  const cacheControl = ApolloServerPluginCacheControl({ defaultMaxAge: CHANGEABLE_MAX_AGE });
  if (responses === undefined) return [cacheControl];
  return [
    cacheControl,
    ApolloServerPluginResponseCache<AppContext>({
      cache: responses.cache,
      // A clear since this request began means it may have read rows an ingest has since replaced.
      shouldWriteToCache: async ({ contextValue }) => contextValue.cacheGeneration === responses.generation,
    }),
    invalidateOnIngestPlugin(responses),
  ];
}
