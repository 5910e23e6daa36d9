import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { createKeyvNonBlocking } from '@keyv/redis';
import type { ClearableCache } from './clearable-cache';

/**
 * A cache in one Redis namespace, shared by every process that uses the same URL and
 * namespace. Non-blocking: when Redis is down, reads are misses and writes are dropped
 * (logged), so the API keeps answering from the database instead of hanging.
 */
export function createRedisCache(url: string, namespace: string): ClearableCache {
  const keyv = createKeyvNonBlocking(url, { namespace });
  keyv.on('error', (error: unknown) => console.error(`Redis cache "${namespace}":`, error));
  return {
    cache: new KeyvAdapter<string>(keyv),
    clear: () => keyv.clear(),
    close: () => keyv.disconnect(),
  };
}
