import type { RequestHandler } from 'express';
import { ErrorCode } from '../../schema/errors';

/**
 * How deep a JSON value nests, counted without recursion: a value nested 20,000 deep would
 * overflow the stack of any recursive walk (the query cost, the response cache key, coercion).
 * Stops counting once past `limit`.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function parsedParameter(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // Not JSON: Apollo answers that with its own 400.
    return undefined;
  }
}

/**
 * Refuses with 400 VARIABLES_TOO_DEEP a request whose `variables` or `extensions` nest deeper
 * than `maxDepth`, in a POST body or a GET's URL parameters, before Apollo walks them.
 */
export function variablesDepthGuard(maxDepth: number): RequestHandler {
  return (request, response, next) => {
    const source: Record<string, unknown> =
      request.method === 'GET' ? (request.query as Record<string, unknown>) : ((request.body ?? {}) as Record<string, unknown>);
    const tooDeep = ['variables', 'extensions'].find((name) => nestingDepth(parsedParameter(source[name]), maxDepth) > maxDepth);
    if (tooDeep === undefined) {
      next();
      return;
    }
    response.status(400).json({
      errors: [
        {
          message: `The ${tooDeep} nest deeper than ${maxDepth} levels`,
          extensions: { code: ErrorCode.VARIABLES_TOO_DEEP, maximumDepth: maxDepth },
        },
      ],
    });
  };
}
