import type { Request } from 'express';

/** The header a client names itself by; without it, it is known by its address. */
export const API_KEY_HEADER = 'x-api-key';

/** Longest key kept as it is; a longer one still names a client, by its first characters. */
const MAX_KEY_LENGTH = 128;

/**
 * Who a request comes from, for its cost budget, its requests in flight and its turn in the
 * queue: `key:<X-API-Key>` when the header is given (a federation gateway or an aggregator's
 * script gets a budget of its own whatever address it calls from), else `address:<ip>`. The
 * address is Express's `req.ip`, which follows X-Forwarded-For only as far as `trust proxy`
 * (TRUST_PROXY_HOPS) allows, so a client cannot pick another's address. Keys are not checked
 * against a list: a key only names a budget.
 */
export function clientOf(request: Request): string {
  const key = request.get(API_KEY_HEADER)?.trim();
  if (key) return `key:${key.slice(0, MAX_KEY_LENGTH)}`;
  return `address:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
}
