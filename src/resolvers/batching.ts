/**
 * DataLoader requires one result per key, in key order. These helpers turn the unordered
 * rows of one `WHERE key IN (...)` query into that shape.
 */

/** One row (or null) per key, for unique keys. */
export function alignOne<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): Array<R | null> {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** All rows per key (an empty array where none matched), keeping the rows' query order. */
export function alignMany<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const byKey = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * Keys per statement. Far more than one page of authorities, and far below the bound-parameter
 * limits of SQLite (32,766) and MySQL (65,535), so that a huge `_entities` call is split into
 * several statements instead of failing.
 */
export const MAX_BATCH_SIZE = 1_000;

/** The options every loader of the API is created with. */
export const BATCH_OPTIONS = { maxBatchSize: MAX_BATCH_SIZE };
