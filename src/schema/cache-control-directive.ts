import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from 'graphql';

/** `PUBLIC` responses may be shared by every client; `PRIVATE` ones belong to one user. */
export const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  values: { PUBLIC: {}, PRIVATE: {} },
});

/**
 * Apollo Server's `@cacheControl` directive, declared so the hints can live in the SDL next to
 * the types and fields they describe. Apollo's cache control plugin reads them from the
 * schema; the definition has to be in the schema because a subgraph's SDL must be valid.
 */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'Apollo Server cache hint: how long (seconds) and for whom a response containing this may be cached',
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
  args: {
    maxAge: { type: GraphQLInt },
    scope: { type: CacheControlScope },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});
