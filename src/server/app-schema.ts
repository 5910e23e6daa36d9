import type { GraphQLSchema } from 'graphql';
import { SCHEMA_PARTS } from '../resolvers';
import { buildSubgraphFromParts } from '../schema/build-schema';

/** The product's executable subgraph schema: every resolver feature, built by `schema/`. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSubgraphFromParts(SCHEMA_PARTS);
}
