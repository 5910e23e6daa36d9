import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from './logger';
import { runInRequest, type RequestRecord } from './request-context';

/** A client's own request id is echoed if it looks like one; anything else gets a fresh UUID. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** What a finished request is reported to, beside the log: the metrics. */
export type RequestObserver = (request: { route: string; status: number; seconds: number; record: RequestRecord }) => void;

/** The routes as metrics label them: a fixed set, never the raw path a client sent. */
const ROUTES = ['/graphql', '/export', '/graphiql', '/healthz', '/readyz', '/metrics'];

function routeOf(path: string): string {
  return ROUTES.find((route) => path === route || path.startsWith(`${route}/`)) ?? 'other';
}

/** Longest query string a line carries; a longer one is cut, so one request cannot write a huge line. */
const MAX_LOGGED_QUERY = 500;

/**
 * The query string of a request, for the log: what a CSV download was asked for
 * (`region=London&year=2009`) is the request. Not for `/graphql`, whose GET query string is a
 * whole document with its variables; its line names the operation instead.
 */
function loggedQuery(route: string, originalUrl: string): string | undefined {
  if (route === '/graphql') return undefined;
  const at = originalUrl.indexOf('?');
  if (at < 0 || at === originalUrl.length - 1) return undefined;
  const query = originalUrl.slice(at + 1);
  return query.length > MAX_LOGGED_QUERY ? `${query.slice(0, MAX_LOGGED_QUERY)}...` : query;
}

/**
 * One structured log line per request, written when the response has been sent: request id
 * (also sent back as `x-request-id`), method, path, query string (not for `/graphql`), status,
 * duration, and what the request did (GraphQL operation name, SQL statements, response cache
 * hit, error codes, those of a refused CSV download among them). Everything later
 * in the chain runs inside the request's record, which the SQL counter and the GraphQL plugin
 * fill in.
 */
export function requestLogging(logger: Logger, observe: RequestObserver): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    // Read now: routers mounted on a path rewrite `request.path` while they run.
    const path = request.path;
    const originalUrl = request.originalUrl;
    const given = request.get('x-request-id');
    const record: RequestRecord = {
      requestId: given !== undefined && CLIENT_REQUEST_ID.test(given) ? given : randomUUID(),
      sqlStatements: 0,
      errorCodes: [],
      ingestOutcomes: [],
    };
    response.setHeader('x-request-id', record.requestId);
    let reported = false;
    const report = (): void => {
      if (reported) return;
      reported = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = response.writableFinished ? response.statusCode : 499;
      const route = routeOf(path);
      observe({ route, status, seconds, record });
      logger.info(
        {
          requestId: record.requestId,
          method: request.method,
          path,
          query: loggedQuery(route, originalUrl),
          status,
          durationMs: Math.round(seconds * 1e4) / 10,
          operationName: record.operationName,
          sqlStatements: record.sqlStatements,
          cacheHit: record.cacheHit,
          errors: record.errorCodes.length ? record.errorCodes : undefined,
        },
        'request',
      );
    };
    // 'finish' when the response went out whole; 'close' alone when the client left first.
    response.once('finish', report);
    response.once('close', report);
    runInRequest(record, next);
  };
}
