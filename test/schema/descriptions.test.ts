import {
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { testSchema } from '../helpers/graphql-over-http';

/**
 * Types the schema gets from outside and that this project cannot describe:
 * - graphql-js's built-in scalars (`String`, `Int`...) and introspection types (`__Type`...),
 *   described by the specification;
 * - what `@apollo/subgraph` adds for Federation 2 (`_Service`, `_Any`, `_Entity`, `FieldSet`,
 *   `link__Import`, `link__Purpose` and the `federation__` scalars and enums): Apollo builds them
 *   from its own SDL when it builds the subgraph, and their meaning is its contract with a
 *   router, the same in every subgraph.
 */
const BUILT_INS: ReadonlySet<string> = new Set(['_Service', '_Any', '_Entity', 'FieldSet', 'link__Import', 'link__Purpose']);
const FEDERATION_PREFIX = 'federation__';

/** Root fields Federation adds for a router (`_service`, `_entities`). */
const FEDERATION_ROOT_FIELDS: ReadonlySet<string> = new Set(['Query._service', 'Query._entities']);

function isOurs(type: GraphQLNamedType): boolean {
  return (
    !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !BUILT_INS.has(type.name) && !type.name.startsWith(FEDERATION_PREFIX)
  );
}

function described(description: string | null | undefined): boolean {
  return typeof description === 'string' && description.trim().length >= 8;
}

/** Every element of the schema that should say what it means, and has no description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const checkArguments = (owner: string, args: readonly GraphQLArgument[]): void => {
    for (const arg of args) if (!described(arg.description)) missing.push(`${owner}(${arg.name})`);
  };
  for (const type of Object.values(schema.getTypeMap()).filter(isOurs)) {
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const path = `${type.name}.${field.name}`;
        if (FEDERATION_ROOT_FIELDS.has(path)) continue;
        if (!described(field.description)) missing.push(path);
        checkArguments(path, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe('a described schema', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await testSchema();
  });

  it('describes every type, field, argument, input field and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('walks the whole schema: the check sees elements of every kind', () => {
    const kinds = Object.values(schema.getTypeMap()).filter(isOurs);
    expect(kinds.some(isObjectType) && kinds.some(isInputObjectType) && kinds.some(isEnumType)).toBe(true);
    expect(kinds.map((type) => type.name)).toEqual(expect.arrayContaining(['Authority', 'Assessment', 'OutcomeArea', 'SettingJudgement']));
  });
});
