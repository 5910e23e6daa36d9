import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { GraphQLSchema } from 'graphql';
import type { GenerationalCache } from './cache/generation-guard';
import type { AppContext } from '../resolvers/context';
import { cachePlugins } from './cache-plugins';
import { stringifyResult } from './cache/stored-response-cache';
import { queryCostPlugin } from './query-cost.plugin';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type Logger, silentLogger } from './logging/logger';
import { DEFAULT_COMPILED_EXECUTION, DEFAULT_REQUEST_LIMITS, type RequestLimits } from '../config';
import { compiledGateway } from './compiled-executor';
import { databaseUnavailablePlugin, refineClientError } from './error-mapping';
import { limitOptions } from './request-limits';
import { requestGuardsPlugin } from './request-guards.plugin';
import { singleFlightPlugin } from './cache/single-flight.plugin';
import type { CostBudget } from './fair-load/cost-budget';
import { costCharger, costReportPlugin } from './fair-load/cost-budget.plugin';
import type { FairAdmission } from './fair-load/fair-admission';
import { admissionPlugin } from './fair-load/admission.plugin';
import { responseSizePlugin } from './response-size.plugin';
import { withoutSuggestions } from './suggestion-masking';
import { apolloLogger } from './logging/apollo-logger';

/**
 * Errors the API raises on purpose (GraphQLError with a code) reach the client as they are;
 * anything else (a dropped database connection, a bug) is logged and masked, so clients never
 * see SQL or stack traces.
 */
export function formatError(logger: Logger, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const refined = refineClientError(formatted, error);
  if (refined !== undefined) return refined;
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logger.error({ err: original, path: formatted.path?.join('.') ?? '(request)' }, 'Unexpected error while resolving');
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

export interface ApolloOptions {
  schema: GraphQLSchema;
  /** Whole-response cache; without one, responses still carry `cache-control` headers. */
  responseCache?: GenerationalCache;
  /** Where automatic persisted queries are registered; Apollo's in-memory store when omitted. */
  persistedQueryCache?: KeyValueCache<string>;
  plugins?: ApolloServerPlugin<AppContext>[];
  /** Where unexpected errors are logged; nowhere when omitted. */
  logger?: Logger;
  /** Cost, depth and token limits and the introspection switch; `DEFAULT_REQUEST_LIMITS` when omitted. */
  limits?: RequestLimits;
  /** Run queries compiled by graphql-jit (through Apollo's gateway interface); `DEFAULT_COMPILED_EXECUTION` when omitted. */
  compiledExecution?: boolean;
  /** Each client's cost budget; no budgets (and no `extensions.cost`) when omitted. */
  costBudget?: CostBudget;
  /** The fair queue in front of execution; operations execute at once when omitted. */
  admission?: FairAdmission;
}

/** The Apollo Server for the subgraph; GraphiQL replaces Apollo's CDN-hosted landing page. */
export function createApolloServer({
  schema,
  responseCache,
  persistedQueryCache,
  plugins = [],
  logger = silentLogger(),
  limits = DEFAULT_REQUEST_LIMITS,
  compiledExecution = DEFAULT_COMPILED_EXECUTION,
  costBudget,
  admission,
}: ApolloOptions): ApolloServer<AppContext> {
  const limited = limitOptions(limits);
  return new ApolloServer<AppContext>({
    ...(compiledExecution ? { gateway: compiledGateway(schema).gateway } : { schema }),
    formatError: (formatted, error) => {
      const answered = formatError(logger, formatted, error);
      return limits.introspection ? answered : withoutSuggestions(answered);
    },
    includeStacktraceInErrorResponses: false,
    logger: apolloLogger(logger),
    introspection: limited.introspection,
    parseOptions: limited.parseOptions,
    validationRules: limited.validationRules,
    // Sends a response cache hit's stored bytes without parsing and serialising them again.
    stringifyResult,
    persistedQueries: persistedQueryCache ? { cache: persistedQueryCache } : undefined,
    // Apollo would stop itself at once on SIGTERM outside NODE_ENV=test, cutting requests in
    // flight; the server drains its connections itself (`trackConnections`) and `serve` owns the signals.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Federated tracing for a router that asks for it; installed explicitly, Apollo would add it anyway.
      ApolloServerPluginInlineTrace(),
      ...limited.plugins,
      requestGuardsPlugin(schema, { introspection: limits.introspection }),
      queryCostPlugin(schema, limits.maxCost, costBudget && costCharger(costBudget)),
      databaseUnavailablePlugin(),
      // Before the response cache: a refused answer must replace the partial one before anything stores it.
      responseSizePlugin(limits.maxResponseBytes),
      // In this order: a cache hit answers first, then an identical query in flight, and only
      // what is left waits for an execution slot.
      ...cachePlugins(responseCache),
      singleFlightPlugin<AppContext>(),
      ...(admission ? [admissionPlugin(admission)] : []),
      costReportPlugin(),
      ...plugins,
    ],
  });
}
