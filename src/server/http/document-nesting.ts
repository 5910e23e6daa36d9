import type { RequestHandler } from 'express';
import { ErrorCode } from '../../schema/errors';

/**
 * Deepest nesting of brackets (`{`, `[`, `(`) a document may have. Why a bound of its own: the
 * token limit lets a list literal nest 2,400 deep, and graphql-js's parser, validation and
 * value coercion all recurse, so such a document answered "Maximum call stack size exceeded".
 * 64 is far above anything legitimate: selections at most MAX_QUERY_DEPTH (12) deep, or 15 for
 * introspection, plus an argument's input objects and lists, which the variables' own limit
 * (MAX_VARIABLES_DEPTH, 32) already bounds when they come as variables.
 */
export const MAX_DOCUMENT_NESTING = 64;

const OPENING = new Set(['{', '[', '(']);
const CLOSING = new Set(['}', ']', ')']);

/**
 * How deep the brackets of a GraphQL document nest, outside strings and comments, counted in one
 * pass without recursion; stops counting once past `limit`. Not a parser: a malformed document
 * is counted loosely and left for the parser to refuse.
 */
export function documentNesting(document: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < document.length; index += 1) {
    const character = document[index]!;
    if (character === '#') {
      const end = document.indexOf('\n', index);
      index = end < 0 ? document.length : end;
    } else if (character === '"') {
      index = endOfString(document, index);
    } else if (OPENING.has(character)) {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (deepest > limit) return deepest;
    } else if (CLOSING.has(character)) {
      depth = Math.max(depth - 1, 0);
    }
  }
  return deepest;
}

/** The index of the closing quote of the string (or block string) opening at `start`. */
function endOfString(document: string, start: number): number {
  if (document.startsWith('"""', start)) {
    let index = start + 3;
    for (;;) {
      const end = document.indexOf('"""', index);
      if (end < 0) return document.length;
      // an escaped \""" does not close a block string
      if (document[end - 1] !== '\\') return end + 2;
      index = end + 3;
    }
  }
  for (let index = start + 1; index < document.length; index += 1) {
    const character = document[index];
    if (character === '\\') index += 1;
    else if (character === '"' || character === '\n') return index;
  }
  return document.length;
}

/**
 * Refuses with 400 QUERY_TOO_DEEP a request whose document nests its brackets deeper than
 * `maxNesting`, in a POST body or a GET's `query` parameter, before Apollo parses it.
 */
export function documentNestingGuard(maxNesting: number = MAX_DOCUMENT_NESTING): RequestHandler {
  return (request, response, next) => {
    const source: Record<string, unknown> =
      request.method === 'GET' ? (request.query as Record<string, unknown>) : ((request.body ?? {}) as Record<string, unknown>);
    const document = source.query;
    if (typeof document !== 'string' || documentNesting(document, maxNesting) <= maxNesting) {
      next();
      return;
    }
    response.status(400).json({
      errors: [
        {
          message: `The document nests its brackets deeper than ${maxNesting} levels`,
          extensions: { code: ErrorCode.QUERY_TOO_DEEP, maximumNesting: maxNesting },
        },
      ],
    });
  };
}
