import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

/** A key-value cache Apollo can use, plus what invalidation and shutdown need. */
export interface ClearableCache {
  cache: KeyValueCache<string>;
  /** Removes every entry of this cache (on Redis: every key of its namespace). */
  clear(): Promise<void>;
  /** Releases connections; the cache must not be used afterwards. */
  close(): Promise<void>;
}
