import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { AppContext } from '../resolvers/context';
import { listAwareEstimator, MAX_QUERY_COST, MAX_QUERY_NODES } from './query-cost';

function tooCostly(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', ...details, http: { status: 400 } } });
}

/** graphql-query-complexity's message when it stops counting at `maxQueryNodes`. */
const NODE_LIMIT_MESSAGE = /maximum allowed number of nodes/;

/**
 * The operation's cost; refuses one with too many fields to even count. Variables that do not
 * fit the operation also make the count fail: those are left for execution to report as the
 * bad input they are, so the cost counts as nothing here.
 */
function costOf(
  schema: GraphQLSchema,
  request: { variables?: Record<string, unknown>; operationName?: string },
  document: Parameters<typeof getComplexity>[0]['query'],
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: request.variables,
      operationName: request.operationName,
      estimators: [listAwareEstimator],
      maxQueryNodes: MAX_QUERY_NODES,
    });
  } catch (error) {
    if (!(error instanceof Error) || !NODE_LIMIT_MESSAGE.test(error.message)) return 0;
    throw tooCostly(`The query has more than ${MAX_QUERY_NODES} fields to resolve`, { maximumNodes: MAX_QUERY_NODES });
  }
}

/**
 * Refuses an operation whose answer would be too large before any resolver runs: a few
 * nested lists or thousands of aliases can otherwise ask for millions of objects and take the
 * process down with them.
 */
export function queryCostPlugin(schema: GraphQLSchema, maximumCost: number = MAX_QUERY_COST): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = costOf(schema, request, document);
          if (cost <= maximumCost) return;
          throw tooCostly(
            `The query would cost ${cost} and the limit is ${maximumCost}: ask for smaller pages (first) or fewer nested lists`,
            { cost, maximumCost },
          );
        },
      };
    },
  };
}
