import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CacheSettings } from '../../../src/server/cache/server-caches';
import { persistedQueryNamespace, responseNamespace } from '../../../src/server/cache/server-caches';
import { createRedisCache } from '../../../src/server/cache/server-caches';
import { LETTER_FILES, readBundledLetter } from '../../helpers/bundled-letters';
import { ingestOrFail } from '../../helpers/load-letters';

/** The Redis the project's machines run; override with TEST_REDIS_URL. */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Kent's 2009 rating letter: left out of the initial load so a test can ingest it over HTTP. */
export const KENT_FILE = LETTER_FILES.kentRating2009;
export const KENT_LETTER = readBundledLetter(KENT_FILE);

/** Ingests every bundled letter except Kent's, through the real parser. */
export async function loadLettersExceptKent(dataSource: DataSource): Promise<void> {
  for (const file of Object.values(LETTER_FILES).filter((name) => name !== KENT_FILE)) {
    await ingestOrFail(dataSource, readBundledLetter(file), file);
  }
}

/** A Redis namespace of its own for one test file, so parallel runs never share entries. */
export function uniqueNamespace(): string {
  return `ofsted-graph-test-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Cache settings for a store kind; Redis ones in the given namespace. */
export function cacheSettings(store: 'memory' | 'redis', namespace: string): CacheSettings {
  return store === 'memory' ? { store } : { store, url: REDIS_URL, namespace };
}

/** Deletes every key a test run left in its Redis namespace. */
export async function dropRedisNamespace(namespace: string): Promise<void> {
  for (const name of [responseNamespace(namespace), persistedQueryNamespace(namespace)]) {
    const cache = createRedisCache(REDIS_URL, name);
    await cache.clear();
    await cache.close();
  }
}
