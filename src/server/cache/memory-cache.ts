import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { ClearableCache } from './clearable-cache';

/** Bounded so that many distinct queries evict old responses instead of growing the heap. */
const MEMORY_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** A bounded in-process LRU cache: private to this server, gone when it stops. */
export function createMemoryCache(): ClearableCache {
  const cache = new InMemoryLRUCache<string>({
    maxSize: MEMORY_CACHE_MAX_BYTES,
    sizeCalculation: InMemoryLRUCache.sizeCalculation,
  });
  return {
    cache,
    clear: async () => cache.clear(),
    close: async () => cache.clear(),
  };
}
