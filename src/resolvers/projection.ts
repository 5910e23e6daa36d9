import { type FieldNode, type GraphQLResolveInfo, isObjectType, Kind, type SelectionSetNode } from 'graphql';
import { getMetadataArgsStorage } from 'typeorm';

/**
 * Reading only the columns a query selects, where that matters: the long ones. A resolver that
 * loads rows of an entity asks which of the entity's properties the selection below it needs
 * ({@link projectedColumns}); the SQL then names those, so a page of assessments asked for
 * `year overallGrade` does not carry every summary, narrative and piece of evidence from the
 * database into the heap. Short columns (numbers, codes, names, dates) are always read: they cost
 * little, and a row that holds them all serves every later selection of the same row in the
 * request, so a lookup at one depth never has to be repeated at another (the statements of a
 * request stay one per level of nesting).
 */

/** Which of an entity's properties a GraphQL type needs for a field that is not a column of its own. */
export type FieldNeeds = Readonly<Record<string, readonly string[]>>;

/** How the fields of one GraphQL object type map onto the properties (columns) of its entity. */
export interface Projection {
  /** The GraphQL object type, e.g. "Assessment"; fragments on other object types are skipped. */
  typeName: string;
  /** Every column property of the entity: what a field of the same name reads, and the fallback. */
  columns: ReadonlySet<string>;
  /**
   * Fields that read other properties, e.g. `recipient` -> recipientName and recipientRole. A
   * field that is neither a column nor named here loads every column: a field resolver added
   * later is correct before it is fast.
   */
  needs: FieldNeeds;
  /** Properties every row carries whatever is selected: the short columns. */
  always: readonly string[];
}

/** Column types whose values can be long (MEDIUMTEXT on MariaDB): read only when selected. */
const LONG_COLUMN_TYPES: ReadonlySet<unknown> = new Set(['text', 'mediumtext', 'longtext', 'simple-json', 'json']);

/** The column properties TypeORM knows for an entity class, from its decorators (no data source needed). */
function entityColumns(entity: Function): Array<{ property: string; long: boolean }> {
  const inherits = (target: Function | string): boolean =>
    typeof target === 'function' && (target === entity || entity.prototype instanceof target);
  return getMetadataArgsStorage()
    .columns.filter((column) => inherits(column.target))
    .map((column) => ({ property: column.propertyName, long: LONG_COLUMN_TYPES.has(column.options.type) }));
}

/** Describes an entity's projection; see {@link Projection}. */
export function defineProjection(entity: Function, typeName: string, needs: FieldNeeds): Projection {
  const columns = entityColumns(entity);
  return {
    typeName,
    columns: new Set(columns.map((column) => column.property)),
    needs,
    always: columns.filter((column) => !column.long).map((column) => column.property),
  };
}

/** What a projection reads from a GraphQL resolve call: the field's nodes, the document's fragments and the schema. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'schema'>;

/**
 * Results by field nodes: graphql-js hands every item of a list the same `fieldNodes` array, and
 * a cached document keeps it across requests, so the walk below runs once per query shape.
 */
const memo = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

/**
 * The properties of `projection`'s entity that the selection under the current field needs,
 * following `path` first (e.g. `['edges', 'node']` from a connection field). `@skip` and
 * `@include` are not evaluated: a field they may drop is read anyway, which costs a column,
 * never a wrong answer.
 */
export function projectedColumns(info: SelectionInfo, projection: Projection, path: readonly string[] = []): ReadonlySet<string> {
  const key = `${projection.typeName}/${path.join('.')}`;
  let byKey = memo.get(info.fieldNodes);
  if (byKey === undefined) {
    byKey = new Map();
    memo.set(info.fieldNodes, byKey);
  }
  let columns = byKey.get(key);
  if (columns === undefined) {
    columns = columnsForFields(selectedFieldNames(info, projection.typeName, path), projection);
    byKey.set(key, columns);
  }
  return columns;
}

/** Maps selected field names onto entity properties; see {@link Projection}. */
export function columnsForFields(fields: Iterable<string>, projection: Projection): ReadonlySet<string> {
  const columns = new Set(projection.always);
  for (const field of fields) {
    if (field.startsWith('__')) continue;
    const needs = projection.needs[field];
    if (needs !== undefined) for (const property of needs) columns.add(property);
    else if (projection.columns.has(field)) columns.add(field);
    else return projection.columns;
  }
  return columns;
}

/** Names of the fields selected on `typeName` below the current field, after following `path`. */
export function selectedFieldNames(info: SelectionInfo, typeName: string, path: readonly string[] = []): Set<string> {
  let selectionSets = info.fieldNodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => set !== undefined);
  for (const step of path) {
    const next: SelectionSetNode[] = [];
    for (const field of fieldsOf(info, selectionSets, null)) {
      if (field.name.value === step && field.selectionSet) next.push(field.selectionSet);
    }
    selectionSets = next;
  }
  return new Set(fieldsOf(info, selectionSets, typeName).map((field) => field.name.value));
}

/**
 * The field nodes of some selection sets, through inline fragments and fragment spreads. With a
 * type name, fragments on a different object type are left out (an `... on Assessment` inside
 * `_entities` says nothing about Authority rows); fragments on interfaces and unions are kept.
 */
function fieldsOf(info: SelectionInfo, selectionSets: readonly SelectionSetNode[], typeName: string | null): FieldNode[] {
  const fields: FieldNode[] = [];
  const applies = (condition: string | undefined): boolean => {
    if (typeName === null || condition === undefined || condition === typeName) return true;
    return !isObjectType(info.schema.getType(condition));
  };
  const visit = (set: SelectionSetNode, seenFragments: Set<string>): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet, seenFragments);
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (fragment === undefined || seenFragments.has(name) || !applies(fragment.typeCondition.name.value)) continue;
        visit(fragment.selectionSet, new Set(seenFragments).add(name));
      }
    }
  };
  for (const set of selectionSets) visit(set, new Set());
  return fields;
}
