import type { DataSource } from 'typeorm';
import { Authority } from '../../entities/index';
import { alignMany, alignOne } from '../batching';
import { rowsWhereIn } from '../entity-rows.sql';
import { ProjectingLoader } from '../projecting-loader';
import { AUTHORITY_PROJECTION } from './authority.projection';
import { neighbourRows } from './statistical-neighbours.sql';

/**
 * The authorities feature's batched lookups, reading plain rows. They take the columns a
 * selection needs like the other loaders (see `projectedColumns`), though an authority has only
 * short columns, all of which are always read (the keys `id` and `laCode` among them).
 */
export interface AuthorityLoaders {
  authorityById: ProjectingLoader<number, Authority | null>;
  authorityByLaCode: ProjectingLoader<string, Authority | null>;
  statisticalNeighboursByAuthorityId: ProjectingLoader<number, Authority[]>;
}

/** Creates the authorities feature's loaders for one request; each sends one `IN (...)` statement per tick. */
export function createAuthorityLoaders(dataSource: DataSource): AuthorityLoaders {
  const all = AUTHORITY_PROJECTION.columns;
  const authorityById = new ProjectingLoader<number, Authority | null>(async (ids, properties) => {
    const rows = await rowsWhereIn<Authority>(dataSource, { entity: Authority, properties, keyProperty: 'id', values: ids, orderBy: [] });
    return alignOne(ids, rows, (row) => row.id);
  }, all);
  const authorityByLaCode = new ProjectingLoader<string, Authority | null>(async (codes, properties) => {
    const rows = await rowsWhereIn<Authority>(dataSource, {
      entity: Authority,
      properties,
      keyProperty: 'laCode',
      values: codes,
      orderBy: [],
    });
    return alignOne(codes, rows, (row) => row.laCode);
  }, all);
  const statisticalNeighboursByAuthorityId = new ProjectingLoader<number, Authority[]>(async (ids, properties) => {
    const links = await neighbourRows(dataSource, ids, properties);
    // A neighbour is an authority like any other: later lookups by id in this request reuse it.
    for (const link of links) authorityById.prime(link.neighbour.id, link.neighbour, properties);
    return alignMany(ids, links, (link) => link.authorityId).map((group) => group.map((link) => link.neighbour));
  }, all);
  return { authorityById, authorityByLaCode, statisticalNeighboursByAuthorityId };
}
