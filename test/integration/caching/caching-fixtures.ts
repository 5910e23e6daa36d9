import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { CacheSettings } from '../../../src/cache/cache-settings';
import { persistedQueryNamespace, responseNamespace } from '../../../src/cache/cache-settings';
import { createRedisCache } from '../../../src/cache/redis-cache';
import { ingestLetter } from '../../../src/ingest/ingest-letter';
import { BUNDLED_LETTERS } from '../../helpers/load-letters';

/** The Redis the project's machines run; override with TEST_REDIS_URL. */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Kent's 2009 rating letter: left out of the initial load so a test can ingest it over HTTP. */
export const KENT_FILE = '004_5ab39e3c457a8afd.txt';
export const KENT_LETTER = readFileSync(path.join(BUNDLED_LETTERS, KENT_FILE), 'utf8');

/** Ingests every bundled letter except Kent's, through the real parser. */
export async function loadLettersExceptKent(dataSource: DataSource): Promise<void> {
  for (const file of readdirSync(BUNDLED_LETTERS).filter((name) => name.endsWith('.txt') && name !== KENT_FILE).sort()) {
    const outcome = await ingestLetter(dataSource, { text: readFileSync(path.join(BUNDLED_LETTERS, file), 'utf8'), fileName: file });
    if (outcome.status === 'failed') throw new Error(`${file}: ${outcome.error.code} ${outcome.error.message}`);
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
