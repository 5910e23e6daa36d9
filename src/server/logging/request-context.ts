import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one HTTP request did, gathered while it runs and written as its log line when it
 * ends: the SQL counter, the GraphQL plugin and the response cache add to it from wherever
 * they run, without it being passed through every call.
 */
export interface RequestRecord {
  requestId: string;
  /** SQL statements sent to the database while serving the request. */
  sqlStatements: number;
  /** The GraphQL operation's name, `anonymous` for an unnamed one; absent for other requests. */
  operationName?: string;
  /** Whether the whole response came from the response cache; absent when no cache was consulted. */
  cacheHit?: boolean;
  /** The `extensions.code` of each GraphQL error in the response. */
  errorCodes: string[];
  /** What `ingestLetter` did, one status per call in the request. */
  ingestOutcomes: string[];
}

const storage = new AsyncLocalStorage<RequestRecord>();

/** Runs `work` (and everything it starts) as part of the request the record describes. */
export function runInRequest<T>(record: RequestRecord, work: () => T): T {
  return storage.run(record, work);
}

/** The record of the request being served, if the caller runs inside one. */
export function currentRequest(): RequestRecord | undefined {
  return storage.getStore();
}
