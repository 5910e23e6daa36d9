import type { DataSource } from 'typeorm';
import { SourceLetter } from '../../entities';
import type { ClearableCache } from './server-caches';
import { DEFAULT_CACHE_NAMESPACE, responseNamespace } from './server-caches';
import { createRedisCache } from './server-caches';

/**
 * Clears the shared response cache after a change made outside a server (the `ingest`
 * command), so every server using the same Redis answers from the database again. Does
 * nothing without `REDIS_URL`: an in-memory cache lives inside one server process and only
 * that server's own ingests (or a restart) clear it. The namespace is the configuration's
 * (`REDIS_NAMESPACE`), the one the servers of the same deployment use.
 *
 * @returns whether there was a shared cache to clear
 */
export async function clearResponseCache(
  config: { redisUrl: string | null; redisNamespace?: string },
  namespace: string = config.redisNamespace ?? DEFAULT_CACHE_NAMESPACE,
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

/** How often a server looks for letters stored by another process (the `ingest` command). */
export const OUTSIDE_INGEST_POLL_MS = 2_000;

export interface OutsideIngestWatch {
  stop(): void;
}

/**
 * Every ingest that changes data adds a source letter row, so the count and the highest id of
 * source letters move exactly when cached responses may have gone stale. Checking them on a
 * timer (one indexed query per interval, not per request) lets a server with an in-memory
 * cache see letters that the `ingest` command stored, within one interval. The count matters
 * on a Galera cluster, where ids commit out of order: a row with a lower id than one already
 * seen can appear later, leaving the maximum as it was. A failed check (the database is away)
 * is skipped: the next one decides.
 */
export function clearCacheOnOutsideIngest(
  dataSource: DataSource,
  responses: ClearableCache,
  intervalMs: number = OUTSIDE_INGEST_POLL_MS,
): OutsideIngestWatch {
  let lastSeen: string | undefined;
  let checking = false;
  const check = async (): Promise<void> => {
    if (checking) return;
    checking = true;
    try {
      const { letters, highestId } = (await dataSource
        .getRepository(SourceLetter)
        .createQueryBuilder('letter')
        .select('COUNT(*)', 'letters')
        .addSelect('MAX(letter.id)', 'highestId')
        .getRawOne<{ letters: unknown; highestId: unknown }>()) ?? { letters: 0, highestId: 0 };
      const latest = `${String(letters)}:${String(highestId ?? 0)}`;
      if (lastSeen !== undefined && latest !== lastSeen) await responses.clear();
      lastSeen = latest;
    } catch {
      // Unreachable database: keep the last value and try again at the next tick.
    } finally {
      checking = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
