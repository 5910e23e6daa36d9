import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Inserts one row and returns the id the database generated for it. */
export async function insertOne<Entity extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  row: QueryDeepPartialEntity<Entity>,
): Promise<number> {
  const result = await manager.insert(entity, row);
  const id = Number(result.identifiers[0]?.id);
  if (!Number.isInteger(id)) {
    throw new Error(`The database returned no id for the new ${manager.getRepository(entity).metadata.tableName} row`);
  }
  return id;
}

/**
 * Inserts all rows with a single multi-row INSERT, so a letter costs the same number of
 * statements however many judgements it holds. Does nothing for no rows.
 */
export async function insertAll<Entity extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  rows: QueryDeepPartialEntity<Entity>[],
): Promise<void> {
  if (rows.length === 0) return;
  await manager.createQueryBuilder().insert().into(entity).values(rows).updateEntity(false).execute();
}
