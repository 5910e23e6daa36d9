import type { DataSource, EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Plain rows of an entity's table with an explicit column list, for the read paths that load
 * many rows per request. TypeORM's `find` reads every column and builds each entity through its
 * general transformer; here the SQL names only the columns asked for, aliased to the entity's
 * property names, so the driver's row objects are the values resolvers read. Only columns whose
 * stored form differs from the property (JSON text, datetimes, dates) are converted, by
 * TypeORM's own driver, so values are exactly those an entity would hold.
 */

/** Column types whose driver value is already the property value on both engines. */
const AS_STORED: ReadonlySet<unknown> = new Set(['int', 'integer', 'varchar', 'text', 'double', Number, String]);

interface ColumnPlan {
  property: string;
  /** `alias.column AS property`, quoted for the engine, without the table alias. */
  selectAs: (tableAlias: string) => string;
  metadata: ColumnMetadata;
  convert: boolean;
}

interface EntityPlan {
  table: string;
  columns: Map<string, ColumnPlan>;
}

const plans = new WeakMap<DataSource, Map<Function, EntityPlan>>();

function planFor(dataSource: DataSource, entity: Function): EntityPlan {
  let byEntity = plans.get(dataSource);
  if (byEntity === undefined) {
    byEntity = new Map();
    plans.set(dataSource, byEntity);
  }
  let plan = byEntity.get(entity);
  if (plan === undefined) {
    plan = buildPlan(dataSource, dataSource.getMetadata(entity));
    byEntity.set(entity, plan);
  }
  return plan;
}

function buildPlan(dataSource: DataSource, metadata: EntityMetadata): EntityPlan {
  const quote = (name: string): string => dataSource.driver.escape(name);
  const columns = new Map<string, ColumnPlan>();
  for (const column of metadata.columns) {
    columns.set(column.propertyName, {
      property: column.propertyName,
      selectAs: (alias) => `${alias}.${quote(column.databaseName)} AS ${quote(column.propertyName)}`,
      metadata: column,
      convert: column.transformer !== undefined || !AS_STORED.has(column.type),
    });
  }
  return { table: quote(metadata.tableName), columns };
}

/** An entity's columns for one statement: the SELECT list and how to finish the rows it returns. */
export interface ColumnSelection<T> {
  /** The quoted table name. */
  table: string;
  /** `alias.column AS property, ...` for the given properties. */
  list: string;
  /** Converts, in place, the columns whose stored form is not the property's value; makes each row an instance of the entity. */
  finish: (rows: Array<Record<string, unknown>>) => T[];
}

/**
 * The SELECT list for some properties of an entity under a table alias. Unknown properties are
 * a programming error (a projection naming a property its entity does not have).
 */
export function columnSelection<T>(
  dataSource: DataSource,
  entity: Function,
  alias: string,
  properties: Iterable<string>,
): ColumnSelection<T> {
  const plan = planFor(dataSource, entity);
  const chosen: ColumnPlan[] = [];
  for (const property of properties) {
    const column = plan.columns.get(property);
    if (column === undefined) throw new Error(`${entity.name} has no column property "${property}"`);
    chosen.push(column);
  }
  const converted = chosen.filter((column) => column.convert);
  return {
    table: plan.table,
    list: chosen.map((column) => column.selectAs(alias)).join(', '),
    finish: (rows) => {
      for (const row of rows) {
        for (const column of converted)
          row[column.property] = dataSource.driver.prepareHydratedValue(row[column.property], column.metadata);
        // An instance of the entity class without copying it: type-graphql hands a field resolver
        // a fresh copy of any parent that is not an instance of its type (convertToType), per call.
        Object.setPrototypeOf(row, entity.prototype);
      }
      return rows as T[];
    },
  };
}

/** `?, ?, ?`: one bound parameter per value, which both engines accept. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

export interface RowsWhereIn {
  entity: Function;
  properties: Iterable<string>;
  /** The property whose column must be one of `values`. */
  keyProperty: string;
  values: readonly (string | number)[];
  /** Properties to order by, ascending. */
  orderBy: readonly string[];
}

/** `SELECT <columns> FROM <table> WHERE <key> IN (...) ORDER BY ...` as plain rows. One statement. */
export async function rowsWhereIn<T>(dataSource: DataSource, request: RowsWhereIn): Promise<T[]> {
  if (request.values.length === 0) return [];
  const plan = planFor(dataSource, request.entity);
  const columnOf = (property: string): string => {
    const column = plan.columns.get(property);
    if (column === undefined) throw new Error(`${request.entity.name} has no column property "${property}"`);
    return `t.${dataSource.driver.escape(column.metadata.databaseName)}`;
  };
  const selection = columnSelection<T>(dataSource, request.entity, 't', request.properties);
  const order = request.orderBy.length > 0 ? ` ORDER BY ${request.orderBy.map(columnOf).join(', ')}` : '';
  const rows = (await dataSource.query(
    `SELECT ${selection.list} FROM ${selection.table} t WHERE ${columnOf(request.keyProperty)} IN (${placeholders(request.values.length)})${order}`,
    [...request.values],
  )) as Array<Record<string, unknown>>;
  return selection.finish(rows);
}
