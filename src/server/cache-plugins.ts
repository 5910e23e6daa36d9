import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { CHANGEABLE_MAX_AGE } from '../schema/cache-hints';
import type { GenerationalCache } from './cache/generation-guard';
import type { AppContext } from '../resolvers/context';
import type { ClearableCache } from './cache/server-caches';
import { IngestStatus } from '../resolvers/ingest/ingest-result.type';

/** Outcomes that wrote to the database; `UNCHANGED` and `FAILED` leave every cached response true. */
const DATA_CHANGING_STATUSES: ReadonlySet<string> = new Set([IngestStatus.INGESTED, IngestStatus.REPLACED]);

function changedData(result: unknown): boolean {
  if (typeof result !== 'object' || result === null || !('status' in result)) return false;
  return DATA_CHANGING_STATUSES.has(String(result.status));
}

/**
 * Clears the response cache after an `ingestLetter` that stored or replaced an assessment,
 * before the mutation's response is sent: a client that sees the mutation succeed and then
 * queries gets fresh data. It watches the resolved value rather than the response, so it
 * works whatever the client selected or aliased.
 */
export function invalidateOnIngestPlugin(responses: ClearableCache): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let dataChanged = false;
      return {
        async executionDidStart({ operation }) {
          // undefined when operationName names no operation of the document
          if (operation?.operation !== 'mutation') return;
          return {
            willResolveField({ info }) {
              if (info.parentType.name !== 'Mutation' || info.fieldName !== 'ingestLetter') return;
              return (error, result) => {
                if (!error && changedData(result)) dataChanged = true;
              };
            },
          };
        },
        async willSendResponse() {
          if (dataChanged) await responses.clear();
        },
      };
    },
  };
}

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
