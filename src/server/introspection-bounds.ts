import type { FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * What an introspection query may ask for. Introspection answers from the schema held in
 * memory, never the database, and its answer is bounded by the size of the schema as long as
 * a query cannot walk back into it from a type reference. So instead of pricing it per item
 * like data (which prices graphql-js's own `getIntrospectionQuery()` at over 300,000 and
 * locked GraphiQL, codegen and IDE plugins out), three rules bound it:
 *
 * - **depth**: `getIntrospectionQuery()` goes 14 fields deep (`__schema types fields args
 *   type` and nine `ofType`); 15 allows it and refuses a thousand nested `ofType`;
 * - **no listing from a reference**: a type reached through `type`, `ofType`, `interfaces` or
 *   `possibleTypes` may not list its `fields`, `inputFields`, `enumValues`, `interfaces` or
 *   `possibleTypes` again (`fields { type { fields { type { fields ... } } } }` grows with
 *   the schema to the power of its depth); standard clients select only `kind`, `name` and
 *   `ofType` of a reference;
 * - **fields**: at most {@link MAX_INTROSPECTION_FIELDS} introspection fields once fragments
 *   are spread, so aliases cannot repeat the whole schema thousands of times.
 */
export const MAX_INTROSPECTION_DEPTH = 15;

/** Room for `getIntrospectionQuery()` with every option (about 230 fields) several times over. */
export const MAX_INTROSPECTION_FIELDS = 1_000;

/** The root fields that start introspection. */
const INTROSPECTION_ROOTS: ReadonlySet<string> = new Set(['__schema', '__type']);

/** Fields of `__Type`, `__Field` and `__InputValue` that lead to a type reference. */
const REFERENCE_FIELDS: ReadonlySet<string> = new Set(['type', 'ofType', 'interfaces', 'possibleTypes']);

/** Fields of `__Type` that list parts of the schema. */
const TYPE_LISTS: ReadonlySet<string> = new Set(['fields', 'inputFields', 'enumValues', 'interfaces', 'possibleTypes']);

/** Whether an introspection field is the constant-cost root of an introspection selection. */
export function isIntrospectionRoot(fieldName: string): boolean {
  return INTROSPECTION_ROOTS.has(fieldName);
}

/** The shape of a selection set, relative to where it starts. */
interface Shape {
  depth: number;
  fields: number;
  /** A list selected under a type reference, e.g. `type { fields }`; the first one found. */
  listFromReference: string | null;
}

const EMPTY: Shape = { depth: 0, fields: 0, listFromReference: null };

function merge(into: Shape, other: Shape): Shape {
  return {
    depth: Math.max(into.depth, other.depth),
    fields: into.fields + other.fields,
    listFromReference: into.listFromReference ?? other.listFromReference,
  };
}

/**
 * Measures selection sets, spreading fragments. Each fragment is measured once per context
 * (inside a type reference or not), so a document that spreads fragments within fragments is
 * measured in time linear in its size even when its expansion is exponential.
 */
class ShapeMeter {
  private readonly measured = new Map<string, Shape>();

  constructor(private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>) {}

  measure(selectionSet: SelectionSetNode | undefined, insideReference: boolean): Shape {
    let shape = EMPTY;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        const child = this.measure(selection.selectionSet, insideReference || REFERENCE_FIELDS.has(name));
        const listed = insideReference && TYPE_LISTS.has(name) ? name : null;
        shape = merge(shape, { depth: 1 + child.depth, fields: 1 + child.fields, listFromReference: listed ?? child.listFromReference });
      } else if (selection.kind === 'InlineFragment') {
        shape = merge(shape, this.measure(selection.selectionSet, insideReference));
      } else {
        shape = merge(shape, this.spread(selection.name.value, insideReference));
      }
    }
    return shape;
  }

  private spread(name: string, insideReference: boolean): Shape {
    const key = `${name}:${insideReference}`;
    const known = this.measured.get(key);
    if (known) return known;
    // Validation refuses fragment cycles before this runs; the placeholder keeps a cycle finite anyway.
    this.measured.set(key, EMPTY);
    const shape = this.measure(this.fragments.get(name)?.selectionSet, insideReference);
    this.measured.set(key, shape);
    return shape;
  }
}

/** Why an operation's introspection is refused, with details for the error's extensions. */
export interface IntrospectionRefusal {
  message: string;
  details: Record<string, number | string>;
}

/** Checks the introspection in one operation against the rules above; null when it is within them. */
export function checkIntrospection(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): IntrospectionRefusal | null {
  const meter = new ShapeMeter(fragments);
  let total = EMPTY;
  for (const root of introspectionRoots(operation.selectionSet, fragments)) {
    const child = meter.measure(root, false);
    total = merge(total, { ...child, depth: 1 + child.depth, fields: 1 + child.fields });
  }
  if (total.depth > MAX_INTROSPECTION_DEPTH) {
    return {
      message: `The introspection query is ${total.depth} fields deep and the limit is ${MAX_INTROSPECTION_DEPTH}`,
      details: { introspectionDepth: total.depth, maximumIntrospectionDepth: MAX_INTROSPECTION_DEPTH },
    };
  }
  if (total.listFromReference) {
    return {
      message: `The introspection query lists \`${total.listFromReference}\` of a type reference: select a type's lists from __schema.types or __type instead`,
      details: { introspectionField: total.listFromReference },
    };
  }
  if (total.fields > MAX_INTROSPECTION_FIELDS) {
    return {
      message: `The introspection query selects ${total.fields} fields and the limit is ${MAX_INTROSPECTION_FIELDS}`,
      details: { introspectionFields: total.fields, maximumIntrospectionFields: MAX_INTROSPECTION_FIELDS },
    };
  }
  return null;
}

/** The selection sets of the operation's `__schema` and `__type` fields, through root fragments. */
function introspectionRoots(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visited: Set<string> = new Set(),
): SelectionSetNode[] {
  const roots: SelectionSetNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') {
      if (isIntrospectionRoot(selection.name.value) && selection.selectionSet) roots.push(selection.selectionSet);
    } else if (selection.kind === 'InlineFragment') {
      roots.push(...introspectionRoots(selection.selectionSet, fragments, visited));
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) roots.push(...introspectionRoots(fragment.selectionSet, fragments, visited));
    }
  }
  return roots;
}
