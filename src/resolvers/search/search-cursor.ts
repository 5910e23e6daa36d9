import { GraphQLError } from 'graphql';
import { quoteInput } from '../../schema/quote-input';

const PREFIX = 'search:';

/**
 * Search pages by offset: relevance scores have no stable seek key across requests, and a
 * search's hits change only when letters are ingested. The cursor is opaque to clients.
 */
export function encodeSearchCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The offset after the edge a cursor names; anything not made by {@link encodeSearchCursor} is the caller's mistake. */
export function decodeSearchCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = decoded.startsWith(PREFIX) && /^\d{1,9}$/.test(decoded.slice(PREFIX.length)) ? Number(decoded.slice(PREFIX.length)) : NaN;
  if (Number.isSafeInteger(offset) && encodeSearchCursor(offset) === cursor) return offset;
  throw new GraphQLError(`Invalid cursor ${quoteInput(cursor)}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
}
