import { GraphQLError } from 'graphql';
import { decodeSearchCursor, encodeSearchCursor } from '../../../src/resolvers/search/search-hits';

describe('search cursors', () => {
  it('round-trip an offset and are opaque, URL-safe text', () => {
    for (const offset of [0, 19, 123456]) {
      const cursor = encodeSearchCursor(offset);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(cursor).not.toContain(String(offset));
      expect(decodeSearchCursor(cursor)).toBe(offset);
    }
  });

  it.each([
    '',
    'abc',
    Buffer.from('search:-1').toString('base64url'),
    Buffer.from('search:1e3').toString('base64url'),
    Buffer.from('[1,2]').toString('base64url'),
  ])('rejects %j as BAD_USER_INPUT', (cursor) => {
    let caught: unknown;
    try {
      decodeSearchCursor(cursor);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphQLError);
    expect((caught as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });
});
