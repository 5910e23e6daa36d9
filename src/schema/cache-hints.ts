import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLEnumType, GraphQLInt } from 'graphql';

/** `PUBLIC` responses may be shared by every client; `PRIVATE` ones belong to one user. */
export const CacheControlScope = new GraphQLEnumType({
  name: 'CacheControlScope',
  description: "Who may reuse a cached response (Apollo Server's @cacheControl directive)",
  values: {
    PUBLIC: { description: 'Any client may be served the cached response' },
    PRIVATE: { description: 'Only the client that asked may reuse the response' },
  },
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

/**
 * How long responses may be reused, in seconds. The letters are historical (2005-2009), so
 * what they say about an assessment, and the reference data about authorities, changes only
 * when a corrected letter replaces one; anything an ingest can change (lists and their
 * counts, an authority's set of assessments, aggregates, search) gets a short life.
 */
export const HISTORICAL_MAX_AGE = 86_400;

/** For what ingest changes; also the default for every field and type without a hint of its own. */
export const CHANGEABLE_MAX_AGE = 60;

/** Type or field hint for historical data (an assessment, its judgements, the reference authorities). */
export const HISTORICAL_CACHE_HINT = `@cacheControl(maxAge: ${HISTORICAL_MAX_AGE})`;

/** Field hint for what ingest changes; overrides the historical hint of the type it returns. */
export const CHANGEABLE_CACHE_HINT = `@cacheControl(maxAge: ${CHANGEABLE_MAX_AGE})`;

/** Field hint for responses that must never be stored (mutations). */
export const UNCACHEABLE_CACHE_HINT = '@cacheControl(maxAge: 0)';
