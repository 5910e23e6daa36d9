/**
 * MySQL returns COUNT and SUM as strings (DECIMAL or BIGINT), SQLite as numbers; both give
 * NULL for SUM over no rows. These turn a raw aggregate column into a JavaScript number.
 */

/** A COUNT or a SUM that means zero when NULL. */
export function sqlCount(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`Expected a number from SQL, got ${String(value)}`);
  return number;
}

/** A value that stays null when SQL gave NULL (e.g. a grade from a LEFT JOIN). */
export function sqlNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : sqlCount(value);
}

/** The mean of `count` values summing to `sum`; null when there are none. */
export function meanOf(sum: number, count: number): number | null {
  return count === 0 ? null : sum / count;
}
