import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isAbstractType,
  isCompositeType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** A cache hint as Apollo's `@cacheControl` directive states it. */
export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
  inheritMaxAge?: boolean;
}

/** Apollo's `CachePolicy.replace`: every part the hint states wins. */
function replace(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

/** Apollo's `CachePolicy.restrict`: the shorter life and the narrower scope win. */
export function restrict(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined && policy.scope !== 'PRIVATE') policy.scope = hint.scope;
}

function hintFromDirectives(directives: readonly ConstDirectiveNode[] | undefined): CacheHint | undefined {
  const directive = directives?.find((node) => node.name.value === 'cacheControl');
  if (directive === undefined) return undefined;
  const argument = (name: string) => directive.arguments?.find((node) => node.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scopeName = scopeValue?.kind === Kind.ENUM ? scopeValue.value : undefined;
  const scope = scopeName === 'PUBLIC' || scopeName === 'PRIVATE' ? scopeName : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge');
  return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope };
}

function typeHint(type: GraphQLNamedType): CacheHint {
  const nodes = [type.astNode, ...(type.extensionASTNodes ?? [])];
  for (const node of nodes) {
    const hint = hintFromDirectives(node?.directives);
    if (hint) return hint;
  }
  return {};
}

/**
 * One field's policy, by the rules of Apollo's cache control plugin: the hint of the type it
 * returns (for objects, interfaces and unions), overridden by the field's own hint; a field
 * returning a composite type, or a root field, without either gets `defaultMaxAge`; scalars
 * without a hint do not restrict the response.
 */
function fieldPolicy(field: GraphQLField<unknown, unknown>, isRoot: boolean, defaultMaxAge: number): CacheHint {
  const policy: CacheHint = {};
  const target = getNamedType(field.type);
  let inheritMaxAge = false;
  if (isCompositeType(target)) {
    const hint = typeHint(target);
    replace(policy, hint);
    inheritMaxAge = hint.inheritMaxAge === true;
  }
  const own = hintFromDirectives(field.astNode?.directives) ?? {};
  if (own.inheritMaxAge && policy.maxAge === undefined) {
    inheritMaxAge = true;
    if (own.scope) replace(policy, { scope: own.scope });
  } else {
    replace(policy, own);
  }
  if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRoot)) restrict(policy, { maxAge: defaultMaxAge });
  return policy;
}

/**
 * The cache policy of an operation, computed from its document and the schema's `@cacheControl`
 * hints alone, the way Apollo's cache control plugin computes it while resolving but without a
 * hook on every resolved field. Every field the operation names counts, including fields under
 * a list that turns out empty or an object that turns out null, which Apollo's plugin skips: the
 * static policy is never longer-lived than the dynamic one. Nothing in this schema sets a hint at
 * run time (`info.cacheControl` is not provided).
 */
export function operationCachePolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  defaultMaxAge: number,
): CacheHint {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const overall: CacheHint = {};
  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType, isRoot: boolean): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        // On an interface or union, each possible object type's own field is what resolves.
        const owners = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
        for (const owner of owners) {
          if (!('getFields' in owner)) continue;
          const field = owner.getFields()[name];
          if (field === undefined) continue;
          restrict(overall, fieldPolicy(field, isRoot, defaultMaxAge));
          const target = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(target)) visit(selection.selectionSet, target, false);
        }
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (fragment === undefined) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) visit(fragment.selectionSet, condition, isRoot);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) visit(operation.selectionSet, root, true);
  return { maxAge: overall.maxAge, scope: overall.scope };
}

const memo = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, CacheHint>>();

/**
 * {@link operationCachePolicy}, remembered per schema and operation node: Apollo keeps parsed
 * documents in its document store, so a repeated query is computed once.
 */
export function memoisedOperationCachePolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  defaultMaxAge: number,
): CacheHint {
  let bySchema = memo.get(schema);
  if (bySchema === undefined) {
    bySchema = new WeakMap();
    memo.set(schema, bySchema);
  }
  let policy = bySchema.get(operation);
  if (policy === undefined) {
    policy = operationCachePolicy(schema, document, operation, defaultMaxAge);
    bySchema.set(operation, policy);
  }
  return policy;
}
