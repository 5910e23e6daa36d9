import type { ApolloServerPlugin } from '@apollo/server';
import { memoisedOperationCachePolicy, restrict, type CacheHint } from './operation-cache-policy';

const CACHEABLE_HEADER = /^max-age=(\d+), (public|private)$/;

/**
 * Cache control without a hook on every field. Apollo's own plugin computes each response's
 * cache policy in a `willResolveField` hook, which makes Apollo wrap every field resolver of
 * the schema: under a page of 100 authorities with their assessments that is tens of thousands
 * of wrapper calls and policy objects per request. This plugin derives the same policy once per
 * operation from the document (see `operationCachePolicy`), restricts the request's
 * `overallCachePolicy` with it (what the response cache reads) and sets the `cache-control`
 * header exactly as Apollo's plugin does: `max-age=N, public|private` for a cacheable response
 * without errors, `no-store` otherwise, an existing header of the same form only shortening it.
 * Install it with `ApolloServerPluginCacheControlDisabled()` so Apollo does not add its own.
 */
export function staticCacheControlPlugin(defaultMaxAge: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, overallCachePolicy }) {
          if (operation === undefined) return;
          overallCachePolicy.restrict(memoisedOperationCachePolicy(schema, document, operation, defaultMaxAge));
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const existing = response.http.headers.get('cache-control');
          const policy: CacheHint = { maxAge: overallCachePolicy.maxAge, scope: overallCachePolicy.scope };
          let uncacheable = false;
          if (existing !== undefined) {
            const match = CACHEABLE_HEADER.exec(existing);
            if (existing === 'no-store') uncacheable = true;
            else if (!match) return;
            else restrict(policy, { maxAge: Number(match[1]), scope: match[2] === 'public' ? 'PUBLIC' : 'PRIVATE' });
          }
          const cacheable = policy.maxAge !== undefined && policy.maxAge > 0;
          if (cacheable && !uncacheable && response.body.kind === 'single' && !response.body.singleResult.errors) {
            response.http.headers.set('cache-control', `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}`);
          } else {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
