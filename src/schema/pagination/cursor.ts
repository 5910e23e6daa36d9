import { GraphQLError } from 'graphql';
import { quoteInput } from '../quote-input';

/** Where a page ends: the sort key's value and the row id that breaks ties. */
export interface CursorPosition {
  value: string | number;
  id: number;
}

/** Cursors are opaque to clients; base64url JSON keeps them URL-safe for GET requests. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor}; anything else is the caller's mistake. */
export function decodeCursor(cursor: string): CursorPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      (typeof decoded[0] === 'string' || typeof decoded[0] === 'number') &&
      Number.isInteger(decoded[1])
    ) {
      return { value: decoded[0], id: decoded[1] as number };
    }
  } catch {
    // Falls through to the error below: a cursor that is not JSON is as invalid as a malformed one.
  }
  throw new GraphQLError(`Invalid cursor ${quoteInput(cursor)}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
}
