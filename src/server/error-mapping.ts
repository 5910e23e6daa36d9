import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/database-errors';
import type { AppContext } from '../resolvers/context';
import { ErrorCode } from '../schema/errors';

/** graphql-js's message when a document has more tokens than `parseOptions.maxTokens`. */
const TOKEN_LIMIT_MESSAGE = /Document contains more (?:than|that) (\d+) tokens/;

/** The code of one of our own refusals that Apollo wrapped (validation rules' errors become GRAPHQL_VALIDATION_FAILED). */
function wrappedRefusalCode(error: unknown): string | undefined {
  const inner = error instanceof GraphQLError ? error.originalError : undefined;
  const code = inner instanceof GraphQLError ? inner.extensions.code : undefined;
  return typeof code === 'string' && code in ErrorCode ? code : undefined;
}

function httpStatusOf(error: unknown): number | undefined {
  const http = error instanceof GraphQLError ? (error.extensions.http as { status?: unknown } | undefined) : undefined;
  return typeof http?.status === 'number' ? http.status : undefined;
}

/**
 * Gives a client's mistake or a database outage the code that says what happened, where
 * Apollo's own would be vague or wrong: the depth limit's refusal inside a validation error,
 * the token limit inside a parse error, an APQ hash mismatch that Apollo answers 400 but codes
 * INTERNAL_SERVER_ERROR, and a database that did not answer (DATABASE_UNAVAILABLE, never its
 * driver text). Returns undefined for every other error.
 */
export function refineClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    return {
      message: 'The database is unavailable; try again shortly',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    };
  }
  const refusalCode = wrappedRefusalCode(error);
  if (refusalCode !== undefined) return { ...formatted, extensions: { ...formatted.extensions, code: refusalCode } };
  const tokens = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (tokens !== null) {
    return {
      message: `The document has more than ${tokens[1]} tokens, the most this server parses`,
      extensions: { code: ErrorCode.QUERY_TOO_MANY_TOKENS, maximumTokens: Number(tokens[1]) },
    };
  }
  const status = httpStatusOf(original);
  if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR && status !== undefined && status >= 400 && status < 500) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_REQUEST } };
  }
  return undefined;
}

/**
 * Answers HTTP 503 when any error of the response is the database being unavailable, so load
 * balancers, retries and monitoring see an outage, not a 200 carrying a masked error.
 */
export function databaseUnavailablePlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let unavailable = false;
      return {
        async didEncounterErrors({ errors }) {
          if (errors.some((error) => isDatabaseUnavailable(unwrapResolverError(error)))) unavailable = true;
        },
        async willSendResponse({ response }) {
          if (unavailable) response.http.status = 503;
        },
      };
    },
  };
}
