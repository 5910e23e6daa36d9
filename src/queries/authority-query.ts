import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Assessment, Authority } from '../entities';
import type { AuthorityFilter } from '../schema/inputs/authority-filter.input';
import { AuthorityOrderField, type AuthorityOrder } from '../schema/inputs/authority-order.input';
import { SortDirection } from '../schema/sort-direction';
import type { SortKey } from './paginate';

/**
 * Escapes LIKE wildcards so that `nameContains: "50%"` means the characters, not a pattern.
 * The escape character is "!" because a backslash means different things in MySQL and SQLite.
 */
export function likeContains(text: string): string {
  return `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
}

/** The authorities matching a filter, as a query builder aliased `authority`. */
export function authorityQuery(dataSource: DataSource, filter: AuthorityFilter = {}): SelectQueryBuilder<Authority> {
  const query = dataSource.getRepository(Authority).createQueryBuilder('authority');
  if (filter.region !== undefined && filter.region !== null) query.andWhere('authority.region = :region', { region: filter.region });
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
  if (filter.hasRating !== undefined && filter.hasRating !== null) {
    const rated = dataSource
      .getRepository(Assessment)
      .createQueryBuilder('rating')
      .select('1')
      .where('rating.authorityId = authority.id');
    if (filter.ratedIn !== undefined && filter.ratedIn !== null) rated.andWhere('rating.year = :ratedIn');
    query.andWhere(`${filter.hasRating ? '' : 'NOT '}EXISTS (${rated.getQuery()})`, { ratedIn: filter.ratedIn });
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
