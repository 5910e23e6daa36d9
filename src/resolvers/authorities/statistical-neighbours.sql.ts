import type { DataSource } from 'typeorm';
import { Authority } from '../../entities/index';
import { columnSelection, placeholders } from '../entity-rows.sql';

/** One entry of an authority's statistical neighbour list, with the neighbour's row. */
export interface NeighbourRow {
  authorityId: number;
  neighbour: Authority;
}

/**
 * The statistical neighbours of some authorities, each list in its DfE order, with the given
 * columns of each neighbour. One statement.
 */
export async function neighbourRows(
  dataSource: DataSource,
  ids: readonly number[],
  properties: ReadonlySet<string>,
): Promise<NeighbourRow[]> {
  if (ids.length === 0) return [];
  const neighbour = columnSelection<Authority & { linkAuthorityId?: number }>(dataSource, Authority, 'neighbour', properties);
  const q = (name: string): string => dataSource.driver.escape(name);
  const rows = (await dataSource.query(
    `SELECT link.authority_id AS ${q('linkAuthorityId')}, ${neighbour.list}
       FROM statistical_neighbour link JOIN ${neighbour.table} neighbour ON neighbour.id = link.neighbour_id
      WHERE link.authority_id IN (${placeholders(ids.length)})
      ORDER BY link.authority_id, link.${q('rank')}`,
    [...ids],
  )) as Array<Record<string, unknown>>;
  return neighbour.finish(rows).map((row) => {
    const authorityId = Number(row.linkAuthorityId);
    delete row.linkAuthorityId;
    return { authorityId, neighbour: row };
  });
}
