import { DistributionGroup } from './distribution-group';

/** The key of the single bucket of `groupBy: NONE`. */
export const ENGLAND_KEY = 'England';

/** The column a grouping splits on, aliased `authority`; null for the single England bucket. */
export function bucketColumn(groupBy: DistributionGroup): string | null {
  switch (groupBy) {
    case DistributionGroup.REGION:
      return 'authority.region';
    case DistributionGroup.AUTHORITY_KIND:
      return 'authority.kind';
    case DistributionGroup.NONE:
      return null;
  }
}

/** The bucket key of a raw row: its grouped column, or "England" when nothing was grouped. */
export function bucketKeyOf(raw: { bucket?: unknown }): string {
  return raw.bucket === undefined || raw.bucket === null ? ENGLAND_KEY : String(raw.bucket);
}

/**
 * Orders buckets by key in code-point order. Sorting in SQL would follow each engine's
 * collation (case-insensitive in MariaDB, binary in SQLite); a handful of buckets costs nothing here.
 */
export function byKey<T extends { key: string }>(left: T, right: T): number {
  return left.key < right.key ? -1 : left.key > right.key ? 1 : 0;
}
