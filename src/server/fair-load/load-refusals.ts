import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../schema/errors';

/**
 * The two refusals of a loaded server, each with the status and `Retry-After` a client (or a
 * proxy) acts on: 429 RATE_LIMITED when this client asked for more than its share, 503
 * OVERLOADED when the server is busy with everyone's requests. Neither is DATABASE_UNAVAILABLE:
 * the database is fine, and monitoring should not page anyone for it.
 */
export function rateLimited(message: string, retryAfterSeconds: number, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfter: retryAfterSeconds,
      ...details,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** How long an overloaded server asks clients to wait: about what a queued request waits for its turn. */
export const OVERLOADED_RETRY_AFTER_SECONDS = 1;

export const OVERLOADED_MESSAGE = 'The server is busy with other requests; try again after Retry-After seconds';
