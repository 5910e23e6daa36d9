import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { canonicalRegion } from '../../reference/regions';
import { Assessment, Authority } from '../../entities/index';
import type { AuthorityFilter } from './authority-filter.input';
import { AuthorityOrderField, type AuthorityOrder } from './authority-order.input';
import { SortDirection } from '../../schema/pagination/paginate';
import type { SortKey } from '../../schema/pagination/paginate';

/**
 * Escapes LIKE wildcards so that `nameContains: "50%"` means the characters, not a pattern.
 * The escape character is "!" because a backslash means different things in MySQL and SQLite.
 */
export function likeContains(text: string): string {
  return `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
}

/** What `hasRating` and `ratedIn` ask for: an assessment (of any kind) that must exist, or must not. */
export interface RatingRequirement {
  /** true: at least one such assessment; false: none. */
  present: boolean;
  /** The year the assessment must be of; null for any year. */
  year: number | null;
}

/**
 * Reads `hasRating` and `ratedIn` together. `ratedIn` alone means "has an assessment in that
 * year": a year on its own is a condition the client clearly meant, so it is never ignored.
 * Null when neither is given, so the filter then adds no condition at all.
 */
export function ratingRequirement(filter: { hasRating?: boolean | null; ratedIn?: number | null }): RatingRequirement | null {
  const year = filter.ratedIn ?? null;
  if (filter.hasRating === undefined || filter.hasRating === null) return year === null ? null : { present: true, year };
  return { present: filter.hasRating, year };
}

/** The authorities matching a filter, as a query builder aliased `authority`. */
export function authorityQuery(dataSource: DataSource, filter: AuthorityFilter = {}): SelectQueryBuilder<Authority> {
  const query = dataSource.getRepository(Authority).createQueryBuilder('authority');
  if (filter.region !== undefined && filter.region !== null)
    query.andWhere('authority.region = :region', { region: canonicalRegion(filter.region) ?? filter.region });
  if (filter.kind) query.andWhere('authority.kind = :kind', { kind: filter.kind });
  if (filter.nameContains) {
    query.andWhere("LOWER(authority.name) LIKE LOWER(:nameContains) ESCAPE '!'", {
      nameContains: likeContains(filter.nameContains),
    });
  }
  if (filter.laCodes) {
    if (filter.laCodes.length === 0) query.andWhere('1 = 0');
    else query.andWhere('authority.laCode IN (:...laCodes)', { laCodes: filter.laCodes });
  }
  if (!filter.includeAbolished) query.andWhere('authority.abolishedOn IS NULL');
  const rating = ratingRequirement(filter);
  if (rating) {
    const rated = dataSource.getRepository(Assessment).createQueryBuilder('rating').select('1').where('rating.authorityId = authority.id');
    if (rating.year !== null) rated.andWhere('rating.year = :ratedIn');
    query.andWhere(`${rating.present ? '' : 'NOT '}EXISTS (${rated.getQuery()})`, rating.year === null ? {} : { ratedIn: rating.year });
  }
  return query;
}

const AUTHORITY_SORT_COLUMNS: Record<AuthorityOrderField, { column: string; valueOf: (row: Authority) => string }> = {
  [AuthorityOrderField.NAME]: { column: 'authority.name', valueOf: (row) => row.name },
  [AuthorityOrderField.LA_CODE]: { column: 'authority.laCode', valueOf: (row) => row.laCode },
  [AuthorityOrderField.REGION]: { column: 'authority.region', valueOf: (row) => row.region },
};

/** The sort key for `authorities(orderBy:)`; by name when none is given. */
export function authoritySortKey(order?: AuthorityOrder): SortKey<Authority> {
  const { column, valueOf } = AUTHORITY_SORT_COLUMNS[order?.field ?? AuthorityOrderField.NAME];
  return { column, valueOf, idColumn: 'authority.id', direction: order?.direction ?? SortDirection.ASC };
}
