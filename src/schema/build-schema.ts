import './register-enums';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap } from 'type-graphql';
import { cacheControlDirective } from '../cache/cache-control-directive';
import { RESOLVERS } from '../resolvers';
import { REFERENCE_RESOLVERS } from '../resolvers/reference-resolvers';

/** The resolver map `buildSubgraphSchema` takes, named through its public signature rather than a `dist/` path. */
type SubgraphResolvers = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers'];

/** The Federation 2 features this subgraph uses. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/**
 * Builds the executable Apollo Federation 2 subgraph schema: type-graphql produces the types
 * and resolvers from the decorated classes, and `@apollo/subgraph` adds `_service`,
 * `_entities` and the entity reference resolvers.
 */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: RESOLVERS,
    // Errors name the field and the rule, without echoing the rejected input (which can be huge).
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
    // Declared so the @cacheControl hints on types and fields are valid SDL in the subgraph.
    directives: [cacheControlDirective],
  });
  const resolvers: Record<string, object> = { ...createResolversMap(typeGraphQLSchema) };
  for (const [typeName, referenceResolver] of Object.entries(REFERENCE_RESOLVERS)) {
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
