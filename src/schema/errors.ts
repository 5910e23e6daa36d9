import { GraphQLError } from 'graphql';

/**
 * Every error code the API answers with, in one place: clients branch on these, so they are
 * part of the contract. Codes that Apollo Server itself sets (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, PERSISTED_QUERY_NOT_FOUND...) are not repeated here.
 */
export const ErrorCode = {
  /** An argument or input the API cannot use (a malformed id or cursor, an empty search). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The admin mutation was called without the right bearer token. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The admin mutation is switched off: the server has no ADMIN_TOKEN. */
  FORBIDDEN: 'FORBIDDEN',
  /** The operation would return more than the server answers in one response. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** The answer's long text would pass the bytes one response may carry (MAX_RESPONSE_BYTES). */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** The selection nests deeper than the server allows (MAX_QUERY_DEPTH). */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** The document has more tokens than the server parses (MAX_QUERY_TOKENS). */
  QUERY_TOO_MANY_TOKENS: 'QUERY_TOO_MANY_TOKENS',
  /** The variables JSON nests deeper than any input of the schema can (MAX_VARIABLES_DEPTH). */
  VARIABLES_TOO_DEEP: 'VARIABLES_TOO_DEEP',
  /** The request holds more object keys or list items than the server reads (MAX_VARIABLE_KEYS, MAX_VARIABLE_LIST_ITEMS). */
  VARIABLES_TOO_LARGE: 'VARIABLES_TOO_LARGE',
  /** A kind of operation or field the server does not offer here: subscriptions, `_service` with introspection off. */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  /** A malformed request that no more specific code describes (an APQ hash that does not match its query). */
  BAD_REQUEST: 'BAD_REQUEST',
  /**
   * The client spent its cost budget for the window or has too many requests in flight (HTTP
   * 429 with Retry-After): it waits, everyone else is served.
   */
  RATE_LIMITED: 'RATE_LIMITED',
  /** This server is busy with others' requests (its queue is full or the wait ran out): retry after Retry-After (HTTP 503). */
  OVERLOADED: 'OVERLOADED',
  /** The database did not answer in time or cannot be reached: retry later (HTTP 503). */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** Anything unexpected; the details go to the log, never to the client. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A client's mistake in an argument; `argumentName` says which, when one argument is to blame. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) } });
}

/** An error with its own code and HTTP status (401, 403, 400...), for refusals made before or instead of resolving. */
export function refusal(code: ErrorCode, message: string, status: number, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status } } });
}

/** Longest piece of a rejected argument an error message repeats back. */
const MAX_QUOTED = 40;

/**
 * Quotes a rejected argument for an error message, cut short: the message should say what was
 * wrong without echoing a client's megabyte of input back to it.
 */
export function quoteInput(value: string | number): string {
  const text = String(value);
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}

/** Row ids are positive integers; an ID argument that is not one is the caller's mistake. */
export function parseId(raw: string | number, argumentName: string): number {
  const id = typeof raw === 'number' ? raw : /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw badUserInput(`${quoteInput(raw)} is not a valid id for ${argumentName}`, argumentName);
  }
  return id;
}
