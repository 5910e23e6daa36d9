import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { CHANGEABLE_MAX_AGE } from '../schema/cache-hints';
import type { GenerationalCache } from './cache/generation-guard';
import type { AppContext } from '../resolvers/context';
import type { ClearableCache } from './cache/server-caches';
import { IngestStatus, ingestStatusOf } from '../resolvers/ingest/ingest-result.type';
import { staticCacheControlPlugin } from './cache/cache-control.plugin';
import { storedResponseCachePlugin } from './cache/stored-response-cache';

/** Outcomes that wrote to the database; `UNCHANGED` and `FAILED` leave every cached response true. */
const DATA_CHANGING_STATUSES: ReadonlySet<string> = new Set([IngestStatus.INGESTED, IngestStatus.REPLACED]);

function changedData(result: unknown): boolean {
  const status = ingestStatusOf(result);
  return status !== null && DATA_CHANGING_STATUSES.has(status);
}

/**
 * Clears the response cache after an `ingestLetter` that stored or replaced an assessment,
 * before the mutation's response is sent: a client that sees the mutation succeed and then
 * queries gets fresh data. It watches the resolved value rather than the response, so it
 * works whatever the client selected or aliased. It wraps that one field's resolver when the
 * server starts rather than using a `willResolveField` hook: one such hook in any request
 * makes Apollo wrap every field of the schema for good, which every later query pays for.
 */
export function invalidateOnIngestPlugin(responses: ClearableCache): ApolloServerPlugin<AppContext> {
  const changedIn = new WeakSet<AppContext>();
  return {
    async serverWillStart({ schema }) {
      const field = schema.getMutationType()?.getFields().ingestLetter;
      const resolve = field?.resolve;
      if (field === undefined || resolve === undefined) return;
      field.resolve = async (source, args, context: AppContext, info) => {
        const result: unknown = await resolve(source, args, context, info);
        if (changedData(result)) changedIn.add(context);
        return result;
      };
    },
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          if (changedIn.has(contextValue)) await responses.clear();
        },
      };
    },
  };
}

/**
 * Cache control (computes each response's policy from the `@cacheControl` hints and sends it
 * as a `cache-control` header; see `staticCacheControlPlugin`) and, given a store, the
 * whole-response cache with its invalidation on ingest. Root fields and object fields without a
 * hint get the short changeable max-age rather than Apollo's 0: whatever is not declared
 * historical (connections, aggregates, search) is still worth caching briefly. Use
 * `stringifyResult` from `cache/stored-response-cache` as Apollo's serialiser with these.
 */
export function cachePlugins(responses: GenerationalCache | undefined): ApolloServerPlugin<AppContext>[] {
  // Apollo adds its own per-field cache control plugin unless told that one is disabled.
  const cacheControl = [
    ApolloServerPluginCacheControlDisabled(),
    staticCacheControlPlugin(CHANGEABLE_MAX_AGE) as ApolloServerPlugin<AppContext>,
  ];
  if (responses === undefined) return cacheControl;
  return [
    ...cacheControl,
    storedResponseCachePlugin<AppContext>(responses, (context) => context.cacheGeneration),
    invalidateOnIngestPlugin(responses),
  ];
}
