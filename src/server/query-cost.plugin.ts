import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type FragmentDefinitionNode, GraphQLError, type GraphQLSchema, Kind } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { AppContext } from '../resolvers/context';
import { type GraphQLField, type GraphQLCompositeType, GraphQLList, GraphQLNonNull, type GraphQLOutputType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, refusal } from '../schema/errors';
import type { CostCharger } from './fair-load/cost-budget.plugin';
import { checkIntrospection, isIntrospectionRoot } from './introspection-bounds';
import { ownWeight } from './response-weight';
import { checkVariables } from './variable-coercion';

/**
 * The most a query may cost. One unit per field, list fields multiplied by how many items they
 * can return, so the cost tracks the size of the answer: `authorities(first: 152)` with every
 * assessment's outcome areas and setting judgements costs about 30,000; seven levels of
 * `statisticalNeighbours` would cost ten million (and exhaust the server's memory).
 */
export const MAX_QUERY_COST = 300_000;

/** Fields (aliases included) the cost count walks before it gives up and refuses the query. */
export const MAX_QUERY_NODES = 10_000;

/** Items a list field returns at most, from what the letters and reference data hold. */
const LIST_SIZES: Readonly<Record<string, number>> = {
  'Authority.statisticalNeighbours': 10,
  // four APA letters (2005-2008) and the 2009 rating
  'Authority.assessments': 5,
  'Authority.trend': 5,
  'Assessment.outcomeAreas': 6,
  'Assessment.settingJudgements': 25,
  'RatingBucket.grades': 4,
  'SettingJudgementBucket.judgements': 6,
  // a connection's size is counted once, on the field that takes `first`
  'AuthorityConnection.edges': 1,
  'AssessmentConnection.edges': 1,
  'SearchHitConnection.edges': 1,
};

/** For a list field not named above; generous, so unknown lists are not undercounted. */
const DEFAULT_LIST_SIZE = 20;

/** For a connection asked for without `first`: its default page size. */
const DEFAULT_PAGE = 50;

function isList(type: GraphQLOutputType): boolean {
  const unwrapped = type instanceof GraphQLNonNull ? type.ofType : type;
  return unwrapped instanceof GraphQLList;
}

function itemCount(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (field.name === '_entities' && Array.isArray(args.representations)) return args.representations.length;
  if (field.args.some((arg) => arg.name === 'first')) {
    return typeof args.first === 'number' ? Math.max(args.first, 1) : DEFAULT_PAGE;
  }
  if (!isList(field.type)) return 1;
  return LIST_SIZES[`${parent.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
}

/**
/**
 * What `__schema` or `__type` costs, whatever it selects: introspection answers from the schema
 * in memory and is bounded by the rules in `introspection-bounds.ts`, not by pricing each item.
 */
export const INTROSPECTION_COST = 1;

/**
 * Cost of one field: its own weight (one unit, more for long text and for root fields that
 * send statements of their own, see `response-weight.ts`) plus its selection times the items
 * it returns. `_entities` counts its representations as items, so it costs representations
 * times what the selection of each weighs.
 */
export const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  isIntrospectionRoot(field.name) ? INTROSPECTION_COST : ownWeight(type.name, field.name) + itemCount(type, field, args) * childComplexity;

function tooCostly(message: string, details: Record<string, number | string>): GraphQLError {
  return refusal(ErrorCode.QUERY_TOO_COSTLY, message, 400, details);
}

/** graphql-query-complexity's message when it stops counting at `maxQueryNodes`. */
const NODE_LIMIT_MESSAGE = /maximum allowed number of nodes/;

/**
 * The operation's cost; refuses one with too many fields to even count. Variables were checked
 * before (`checkVariables`), so a failed count is only the node limit.
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

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Refuses an operation whose answer would be too large before any resolver runs: a few
 * nested lists or thousands of aliases can otherwise ask for millions of objects and take the
 * process down with them. An operation within the limit is handed, with its cost, to `onCost`
 * (the client's budget), which may refuse it in turn.
 */
export function queryCostPlugin(
  schema: GraphQLSchema,
  maximumCost: number = MAX_QUERY_COST,
  onCost?: CostCharger,
): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { request, document, operation } = requestContext;
          // Bad variables are refused first, with a cap on errors: the cost count would coerce them without one.
          if (operation) checkVariables(schema, operation, request.variables);
          const introspection = operation && checkIntrospection(operation, fragmentsOf(document));
          if (introspection) throw tooCostly(introspection.message, introspection.details);
          const cost = costOf(schema, request, document);
          // Charged to the client's budget only when the limit allows it: a refused query runs nothing.
          if (cost <= maximumCost) return onCost?.(requestContext, cost);
          throw tooCostly(
            `The query would cost ${cost} and the limit is ${maximumCost}: ask for smaller pages (first) or fewer nested lists`,
            { cost, maximumCost },
          );
        },
      };
    },
  };
}
