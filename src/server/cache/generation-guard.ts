import type { ClearableCache } from './server-caches';

/** A cache that counts its clears, so a writer can tell whether one happened since it read. */
export interface GenerationalCache extends ClearableCache {
  /** Goes up by one on every clear. */
  readonly generation: number;
}

/**
 * Wraps a cache so that every `clear()` moves a generation counter. A response computed from
 * reads made before an ingest committed must not be stored after the ingest cleared the cache
 * (it would serve the old data until its max-age ran out): the response cache compares the
 * generation at the start of the request with the one at write time. The counter is per
 * process; with a shared Redis cache a clear by another instance is not seen here.
 */
export function withGeneration(cache: ClearableCache): GenerationalCache {
  let generation = 0;
  return {
    cache: cache.cache,
    get generation() {
      return generation;
    },
    async clear() {
      generation += 1;
      await cache.clear();
    },
    close: () => cache.close(),
  };
}
