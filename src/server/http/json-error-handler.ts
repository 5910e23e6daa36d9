import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logging/logger';
import { VariablesTooLargeError } from './variables-size';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
}

function describe(error: unknown): { status: number; code: string; message: string; details?: Record<string, unknown> } {
  if (error instanceof VariablesTooLargeError)
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  const status = httpError.status ?? httpError.statusCode ?? 500;
  if (status >= 500) return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
  if (httpError.type === 'entity.parse.failed') return { status, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
  if (httpError.type === 'entity.too.large') return { status, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
  return { status, code: 'BAD_REQUEST', message: httpError.message ?? 'Bad request' };
}

/**
 * The last handler: whatever fails before Apollo sees a request (a body that is not JSON, one
 * too large) is answered in the GraphQL error shape as JSON, never with Express's HTML page and
 * its stack trace.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const { status, code, message, details } = describe(error);
    if (status === 500) logger.error({ err: error }, 'Unexpected error in the HTTP layer');
    response.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
  };
}
