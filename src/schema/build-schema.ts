import './register-enums';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { cacheControlDirective } from './cache-hints';
import { printSubgraphSchema } from '@apollo/subgraph';

/** Where the emitted SDL is committed; a test fails when it differs from what the code builds. */
export const SCHEMA_FILE = 'src/schema/schema.graphql';

/** The subgraph SDL with its federation directives, as a router or gateway composes it. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

/** The resolver map `buildSubgraphSchema` takes, named through its public signature rather than a `dist/` path. */
type SubgraphResolvers = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers'];

/** The Federation 2 features this subgraph uses. */
const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/** What GraphiQL's docs pane says of the root types; type-graphql has no decorator for them. */
const ROOT_DESCRIPTIONS = {
  query:
    "Ofsted's children's services letters of 2005-2009 as data: authorities, their assessments (APA letters 2005-2008, " +
    'the 2009 annual rating), outcome areas and setting judgements; distributions, trends and comparisons; full-text search',
  mutation: 'Loading letters (needs Authorization: Bearer <ADMIN_TOKEN>)',
} as const;

/**
 * What the resolver features contribute. Passed in rather than imported so that this folder,
 * which the resolvers build on (errors, pagination, cache hints), never imports them back.
 */
export interface SchemaParts {
  /** The type-graphql resolver classes. */
  resolvers: NonEmptyArray<Function>;
  /** Federation `__resolveReference` functions, by entity type name. */
  referenceResolvers: Readonly<Record<string, object>>;
}

/**
 * Builds the executable Apollo Federation 2 subgraph schema: type-graphql produces the types
 * and resolvers from the decorated classes, and `@apollo/subgraph` adds `_service`,
 * `_entities` and the entity reference resolvers.
 */
export async function buildSubgraphFromParts({ resolvers: resolverClasses, referenceResolvers }: SchemaParts): Promise<GraphQLSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: resolverClasses,
    // Errors name the field and the rule, without echoing the rejected input (which can be huge).
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
    // Declared so the @cacheControl hints on types and fields are valid SDL in the subgraph.
    directives: [cacheControlDirective],
  });
  // Set on the freshly built schema before it is printed, so the SDL carries them.
  const queryType = typeGraphQLSchema.getQueryType();
  if (queryType) queryType.description = ROOT_DESCRIPTIONS.query;
  const mutationType = typeGraphQLSchema.getMutationType();
  if (mutationType) mutationType.description = ROOT_DESCRIPTIONS.mutation;
  const resolvers: Record<string, object> = { ...createResolversMap(typeGraphQLSchema) };
  for (const [typeName, referenceResolver] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...referenceResolver };
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(typeGraphQLSchema)}
    `,
    // type-graphql's resolver map and Apollo's describe the same runtime shape with different types.
    resolvers: resolvers as SubgraphResolvers,
  });
}
