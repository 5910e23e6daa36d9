import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { responseCacheKey, StoredBody, stringifyResult } from './stored-response-cache';

/**
 * Single flight: identical queries in flight at the same time (the same response cache key:
 * text, operation name, variables) are executed once, and the others are sent the first one's
 * answer. With a cold cache (after a start or an ingest) a thousand clients asking for the same
 * page would otherwise each run it and queue a thousand times its statements on the database
 * before the first answer is stored; now they cost one execution and wait no longer than it.
 *
 * Only what the response cache could store is shared: queries whose cache policy is public
 * and positive (the `rateLimit` field, answered per client, makes a query private), and only an
 * answer with data and no errors. When the first fails, the others run on their own, so one
 * request's bad luck (refused for its own budget, an outage it met) is not handed to everyone.
 * Install it after the response cache (a hit never waits here) and before admission control (a
 * request sharing another's answer takes no execution slot). Per process: instances sharing
 * Redis each run the query once.
 */
export function singleFlightPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  const flights = new Map<string, Promise<string | null>>();
  return {
    async requestDidStart() {
      let leading: { key: string; finish: (body: string | null) => void } | undefined;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return null;
          const policy = requestContext.overallCachePolicy.policyIfCacheable();
          if (policy === null || policy.scope === 'PRIVATE') return null;
          const key = responseCacheKey(requestContext);
          const flight = flights.get(key);
          if (flight !== undefined) {
            const body = await flight;
            if (body === null) return null;
            // Stands in for the data object, as a cache hit does; stringifyResult sends its bytes.
            const data = new StoredBody(body) as unknown as Record<string, unknown>;
            return { body: { kind: 'single', singleResult: { data } }, http: { status: undefined, headers: new HeaderMap() } };
          }
          let finish: (body: string | null) => void = () => undefined;
          flights.set(key, new Promise<string | null>((resolve) => (finish = resolve)));
          leading = { key, finish };
          return null;
        },
        async willSendResponse({ response }) {
          if (leading === undefined) return;
          flights.delete(leading.key);
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const shareable = result?.data !== undefined && result.data !== null && result.errors === undefined;
          leading.finish(shareable ? stringifyResult({ data: result.data }) : null);
        },
      };
    },
  };
}
