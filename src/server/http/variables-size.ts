import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../../schema/errors';
import { type JsonShapeExcess, type JsonShapeLimits, jsonShapeExcess } from './json-shape';

/** What each excess is called in the refusal: its words, its limit, its setting, its detail. */
function describeExcess(
  excess: JsonShapeExcess,
  limits: JsonShapeLimits,
): { message: string; code: ErrorCode; details: Record<string, number> } {
  switch (excess.limit) {
    case 'keys':
      return {
        message: `The request holds more than ${limits.maxKeys} object keys, the most this server reads (MAX_VARIABLE_KEYS)`,
        code: ErrorCode.VARIABLES_TOO_LARGE,
        details: { maximumKeys: limits.maxKeys },
      };
    case 'listItems':
      return {
        message: `The request holds more than ${limits.maxListItems} list items, the most this server reads (MAX_VARIABLE_LIST_ITEMS)`,
        code: ErrorCode.VARIABLES_TOO_LARGE,
        details: { maximumListItems: limits.maxListItems },
      };
    case 'depth':
      // The body's own object is one level more than its variables.
      return {
        message: `The variables nest deeper than ${limits.maxDepth - 1} levels`,
        code: ErrorCode.VARIABLES_TOO_DEEP,
        details: { maximumDepth: limits.maxDepth - 1 },
      };
  }
}

/**
 * A request body or parameter holding more keys, list items or nesting than the server reads;
 * an Express error (status and type, as body-parser's own) that `jsonErrorHandler` answers with.
 */
export class VariablesTooLargeError extends Error {
  readonly status = 400;
  readonly type = 'variables.too.large';
  readonly code: ErrorCode;
  readonly details: Record<string, number>;

  constructor(excess: JsonShapeExcess, limits: JsonShapeLimits) {
    const { message, code, details } = describeExcess(excess, limits);
    super(message);
    this.code = code;
    this.details = details;
  }
}

/**
 * For `express.json({ verify })`: refuses a body with too many keys or list items from its raw
 * bytes, before `JSON.parse` spends the event loop on it. Counting the whole body rather than
 * `variables` alone costs nothing more (the query is one string) and covers `extensions` too.
 */
export function verifyJsonShape(limits: JsonShapeLimits): (request: IncomingMessage, response: ServerResponse, body: Buffer) => void {
  return (_request, _response, body) => {
    const excess = jsonShapeExcess(body, limits);
    if (excess !== undefined) throw new VariablesTooLargeError(excess, limits);
  };
}

/**
 * The same refusal for a GET's `variables` and `extensions` URL parameters (JSON text, small as
 * URLs go); each is its own text, so it may nest one level less than a body.
 */
export function variablesSizeGuard(bodyLimits: JsonShapeLimits): RequestHandler {
  const limits = { ...bodyLimits, maxDepth: bodyLimits.maxDepth - 1 };
  return (request, _response, next) => {
    if (request.method !== 'GET') {
      next();
      return;
    }
    for (const name of ['variables', 'extensions']) {
      const raw = (request.query as Record<string, unknown>)[name];
      const excess = typeof raw === 'string' ? jsonShapeExcess(Buffer.from(raw, 'utf8'), limits) : undefined;
      if (excess !== undefined) {
        next(new VariablesTooLargeError(excess, bodyLimits));
        return;
      }
    }
    next();
  };
}
