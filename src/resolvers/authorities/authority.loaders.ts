import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Authority, StatisticalNeighbour } from '../../entities/index';
import { alignMany, alignOne, BATCH_OPTIONS } from '../batching';

/** The authorities feature's batched lookups. */
export interface AuthorityLoaders {
  authorityById: DataLoader<number, Authority | null>;
  authorityByLaCode: DataLoader<string, Authority | null>;
  statisticalNeighboursByAuthorityId: DataLoader<number, Authority[]>;
}

/** Creates the authorities feature's loaders for one request; each sends one `IN (...)` statement per tick. */
export function createAuthorityLoaders(dataSource: DataSource): AuthorityLoaders {
  const authorities = dataSource.getRepository(Authority);
  const authorityById = new DataLoader<number, Authority | null>(
    async (ids) => alignOne(ids, await authorities.findBy({ id: In([...ids]) }), (row) => row.id),
    BATCH_OPTIONS,
  );
  const authorityByLaCode = new DataLoader<string, Authority | null>(
    async (codes) => alignOne(codes, await authorities.findBy({ laCode: In([...codes]) }), (row) => row.laCode),
    BATCH_OPTIONS,
  );
  const statisticalNeighboursByAuthorityId = new DataLoader<number, Authority[]>(async (ids) => {
    const rows = await dataSource
      .getRepository(StatisticalNeighbour)
      .createQueryBuilder('link')
      .innerJoinAndMapOne('link.neighbour', Authority, 'neighbour', 'neighbour.id = link.neighbourId')
      .where('link.authorityId IN (:...ids)', { ids: [...ids] })
      .orderBy('link.authorityId')
      .addOrderBy('link.rank')
      .getMany();
    const neighbours = rows as Array<StatisticalNeighbour & { neighbour: Authority }>;
    // A neighbour is an authority like any other: later lookups by id in this request reuse it.
    for (const row of neighbours) authorityById.prime(row.neighbour.id, row.neighbour);
    return alignMany(ids, neighbours, (row) => row.authorityId).map((group) => group.map((row) => row.neighbour));
  }, BATCH_OPTIONS);
  return { authorityById, authorityByLaCode, statisticalNeighboursByAuthorityId };
}
