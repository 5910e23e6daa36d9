import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/** Where the emitted SDL is committed; a test fails when it differs from what the code builds. */
export const SCHEMA_FILE = 'src/schema/schema.graphql';

/** The subgraph SDL with its federation directives, as a router or gateway composes it. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
