import { DEFAULT_CACHE_NAMESPACE, responseNamespace } from './cache-settings';
import { createRedisCache } from './redis-cache';

/**
 * Clears the shared response cache after a change made outside a server (the `ingest`
 * command), so every server using the same Redis answers from the database again. Does
 * nothing without `REDIS_URL`: an in-memory cache lives inside one server process and only
 * that server's own ingests (or a restart) clear it.
 *
 * @returns whether there was a shared cache to clear
 */
export async function clearResponseCache(
  config: { redisUrl: string | null },
  namespace: string = DEFAULT_CACHE_NAMESPACE,
): Promise<boolean> {
  if (config.redisUrl === null) return false;
  const responses = createRedisCache(config.redisUrl, responseNamespace(namespace));
  try {
    await responses.clear();
  } finally {
    await responses.close();
  }
  return true;
}
