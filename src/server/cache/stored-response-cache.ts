import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import type { GenerationalCache } from './generation-guard';

/**
 * The whole-response cache, storing each response as the bytes that were sent. Apollo's
 * response cache plugin stores `{ data }` as JSON and, on a hit, parses it back into objects that
 * Apollo then serialises again: for a page of a hundred authorities that is most of the cost of
 * a hit. Here a hit hands Apollo a {@link StoredBody} in place of `data`, and
 * {@link stringifyResult} (Apollo's `stringifyResult` option) sends the stored bytes as they are.
 *
 * Semantics are those of Apollo's plugin as configured before: only queries; only responses
 * with data, no errors and a public cache policy (there is no session id, so private responses
 * are never stored); the entry lives for the policy's max-age; a hit restores the policy (so the
 * `cache-control` header is the stored one) and adds an `age` header; a response whose request
 * began before the cache was last cleared is not stored (see `withGeneration`).
 */

/** Stands for the `data` of a cached response: the response's bytes, ready to send. */
export class StoredBody {
  constructor(readonly json: string) {}

  /** For code that serialises a result itself (e.g. `executeOperation` callers): the stored data. */
  toJSON(): unknown {
    return (JSON.parse(this.json) as { data: unknown }).data;
  }
}

/**
 * Apollo's serialisation of a result (`JSON.stringify` plus a newline, as its default), except
 * that a cache hit's stored bytes are sent unparsed.
 */
export function stringifyResult(value: { data?: unknown; errors?: unknown; extensions?: unknown }): string {
  if (value.data instanceof StoredBody && value.errors === undefined) {
    if (value.extensions === undefined) return value.data.json;
    // The stored bytes are `{"data":...}` and a newline: the extensions (the client's own cost) go in before the brace closes.
    const end = value.data.json.lastIndexOf('}');
    return `${value.data.json.slice(0, end)},"extensions":${JSON.stringify(value.extensions)}}\n`;
  }
  return `${JSON.stringify(value)}\n`;
}

/**
 * Extensions a stored response may be sent with but is stored without: the `cost` each answer
 * reports belongs to the client that asked, and is added again to every answer.
 */
const PER_REQUEST_EXTENSIONS: ReadonlySet<string> = new Set(['cost']);

function hasSharedExtensions(extensions: Record<string, unknown> | undefined): boolean {
  return extensions !== undefined && Object.keys(extensions).some((name) => !PER_REQUEST_EXTENSIONS.has(name));
}

/** Key prefix of this cache's entries, apart from anything else in the same store. */
const PREFIX = 'response:';

interface EntryHead {
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
  /** When it was stored, ms since the epoch, for the `age` header. */
  storedAt: number;
}

/** An entry is its head as one line of JSON, then the response body exactly as sent. */
function encodeEntry(head: EntryHead, body: string): string {
  return `${JSON.stringify(head)}\n${body}`;
}

function decodeEntry(entry: string): { head: EntryHead; body: string } | null {
  const newline = entry.indexOf('\n');
  if (newline < 0) return null;
  try {
    return { head: JSON.parse(entry.slice(0, newline)) as EntryHead, body: entry.slice(newline + 1) };
  } catch {
    return null;
  }
}

/** The key of a query's response: its text, operation name and variables. Single flight shares answers by the same key. */
export function responseCacheKey({ source, request }: GraphQLRequestContext<object>): string {
  const material = JSON.stringify([source ?? null, request.operationName ?? null, request.variables ?? {}]);
  return PREFIX + createHash('sha256').update(material).digest('hex');
}

/**
 * The response cache plugin; pair it with {@link stringifyResult} in Apollo's options.
 * `generationAtStart` gives the cache generation the request began in (see `withGeneration`).
 */
export function storedResponseCachePlugin<TContext extends object>(
  responses: GenerationalCache,
  generationAtStart: (context: TContext) => number,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let key: string | null = null;
      let age: number | null = null;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return null;
          key = responseCacheKey(requestContext);
          const entry = await responses.cache.get(key);
          const decoded = entry === undefined ? null : decodeEntry(entry);
          // Read by the request log and the metrics (see server/logging).
          requestContext.metrics.responseCacheHit = decoded !== null;
          if (decoded === null) return null;
          requestContext.overallCachePolicy.replace({ maxAge: decoded.head.maxAge, scope: decoded.head.scope });
          age = Math.round((Date.now() - decoded.head.storedAt) / 1000);
          // Stands in for the data object; stringifyResult sends its bytes (see StoredBody).
          const data = new StoredBody(decoded.body) as unknown as Record<string, unknown>;
          return { body: { kind: 'single', singleResult: { data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
        async willSendResponse(requestContext) {
          const { response } = requestContext;
          if (age !== null) {
            response.http.headers.set('age', String(age));
            return;
          }
          if (key === null || response.body.kind !== 'single') return;
          const { data, errors, extensions } = response.body.singleResult;
          const policy = requestContext.overallCachePolicy.policyIfCacheable();
          // A StoredBody came from this cache or from an identical request's execution, which stores it itself.
          if (errors || !data || data instanceof StoredBody || hasSharedExtensions(extensions) || !policy || policy.scope === 'PRIVATE')
            return;
          // A clear since this request began means it may have read rows an ingest has since replaced.
          if (generationAtStart(requestContext.contextValue) !== responses.generation) return;
          const entry = encodeEntry({ maxAge: policy.maxAge, scope: policy.scope, storedAt: Date.now() }, stringifyResult({ data }));
          responses.cache
            .set(key, entry, { ttl: policy.maxAge })
            // A failed write is logged by the cache itself (server-caches.ts); the response has gone out either way.
            .catch(() => undefined);
        },
      };
    },
  };
}
