import type { RequestHandler } from 'express';
import { ErrorCode } from '../../schema/errors';
import { clientOf } from './client-identity';

/** A client over its limit of requests in flight tries again this much later. */
const RETRY_AFTER_SECONDS = 1;

/**
 * Caps the GraphQL requests one client has in flight. A client looping many requests in
 * parallel would otherwise hold a share of the execution slots and of the database that grows
 * with its parallelism; past the cap it is answered at once with 429 RATE_LIMITED and
 * `Retry-After`, before its body is parsed, and every other client keeps its share. Counted
 * from the request's arrival to its response's end (or the client leaving).
 */
export function clientConcurrencyLimit(maximum: number): RequestHandler {
  const inFlight = new Map<string, number>();
  return (request, response, next) => {
    const client = clientOf(request);
    const count = inFlight.get(client) ?? 0;
    if (count >= maximum) {
      response
        .status(429)
        .set('retry-after', String(RETRY_AFTER_SECONDS))
        .json({
          errors: [
            {
              message: `Too many requests in flight: at most ${maximum} at once per client; try again after Retry-After seconds`,
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfter: RETRY_AFTER_SECONDS, maximumConcurrentRequests: maximum },
            },
          ],
        });
      return;
    }
    inFlight.set(client, count + 1);
    let done = false;
    const finished = (): void => {
      if (done) return;
      done = true;
      const left = (inFlight.get(client) ?? 1) - 1;
      if (left <= 0) inFlight.delete(client);
      else inFlight.set(client, left);
    };
    response.once('finish', finished);
    response.once('close', finished);
    next();
  };
}
