import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  getArgumentValues,
  type GraphQLSchema,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { AppContext } from '../resolvers/context';
import { ErrorCode, refusal } from '../schema/errors';

/** The operation's root fields, through fragments spread or inlined at the root. */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...rootFields(selection.selectionSet, document, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) fields.push(...rootFields(fragment.selectionSet, document, seen));
    }
  }
  return fields;
}

/** The entity types a representation may name: the members of the federation's `_Entity` union. */
function entityTypeNames(schema: GraphQLSchema): ReadonlySet<string> {
  const union = schema.getType('_Entity');
  return new Set(isUnionType(union) ? union.getTypes().map((type) => type.name) : []);
}

/**
 * The representations an `_entities` field was given, or undefined when its arguments do not
 * coerce (execution then reports that as the input error it is).
 */
function representationsOf(schema: GraphQLSchema, field: FieldNode, variables: Record<string, unknown> | undefined): unknown[] | undefined {
  const definition = schema.getQueryType()?.getFields()._entities;
  if (definition === undefined) return undefined;
  try {
    const { representations } = getArgumentValues(definition, field, variables);
    return Array.isArray(representations) ? representations : undefined;
  } catch {
    return undefined;
  }
}

function checkRepresentations(representations: unknown[], entityTypes: ReadonlySet<string>): void {
  representations.forEach((representation, index) => {
    const typeName =
      typeof representation === 'object' && representation !== null ? (representation as Record<string, unknown>).__typename : undefined;
    if (typeof typeName !== 'string' || !entityTypes.has(typeName)) {
      throw refusal(
        ErrorCode.BAD_USER_INPUT,
        `Representation ${index} of _entities must have a __typename naming an entity type: ${[...entityTypes].join(', ')}`,
        400,
        { argumentName: 'representations' },
      );
    }
  });
}

function checkOperation(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: Record<string, unknown> | undefined,
  options: { introspection: boolean; entityTypes: ReadonlySet<string> },
): void {
  if (operation.operation === 'subscription') {
    throw refusal(ErrorCode.OPERATION_NOT_SUPPORTED, 'Subscriptions are not supported: this API answers queries and mutations', 400);
  }
  if (operation.operation !== 'query') return;
  for (const field of rootFields(operation.selectionSet, document)) {
    if (field.name.value === '_service' && !options.introspection) {
      throw refusal(ErrorCode.OPERATION_NOT_SUPPORTED, '_service is disabled with introspection on this server', 400);
    }
    if (field.name.value === '_entities') {
      const representations = representationsOf(schema, field, variables);
      if (representations !== undefined) checkRepresentations(representations, options.entityTypes);
    }
  }
}

/**
 * Refuses, before anything runs, requests that execution would otherwise answer with an
 * INTERNAL_SERVER_ERROR or answer at all when it should not: a subscription (the schema has
 * none; graphql-js fails it as a server error), `_entities` representations naming a type that
 * is no entity (the federation library throws a plain Error), and `_service { sdl }` when
 * introspection is off (the SDL is the whole schema).
 */
export function requestGuardsPlugin(schema: GraphQLSchema, options: { introspection: boolean }): ApolloServerPlugin<AppContext> {
  const entityTypes = entityTypeNames(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          // An operationName naming no operation: Apollo answers 400 OPERATION_RESOLUTION_FAILURE after the hooks.
          if (operation === undefined) return;
          checkOperation(operation, document, schema, request.variables, { introspection: options.introspection, entityTypes });
        },
      };
    },
  };
}
