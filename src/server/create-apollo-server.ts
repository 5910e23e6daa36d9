import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
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

/**
 * Errors the API raises on purpose (GraphQLError with a code) reach the client as they are;
 * anything else (a dropped database connection, a bug) is logged and masked, so clients never
 * see SQL or stack traces.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  console.error('Unexpected error while resolving', formatted.path?.join('.') ?? '(request)', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  /** Whole-response cache; without one, responses still carry `cache-control` headers. */
  responseCache?: GenerationalCache;
  /** Where automatic persisted queries are registered; Apollo's in-memory store when omitted. */
  persistedQueryCache?: KeyValueCache<string>;
  plugins?: ApolloServerPlugin<AppContext>[];
}

/** The Apollo Server for the subgraph; GraphiQL replaces Apollo's CDN-hosted landing page. */
export function createApolloServer({
  schema,
  httpServer,
  responseCache,
  persistedQueryCache,
  plugins = [],
}: ApolloOptions): ApolloServer<AppContext> {
  return new ApolloServer<AppContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Sends a response cache hit's stored bytes without parsing and serialising them again.
    stringifyResult,
    persistedQueries: persistedQueryCache ? { cache: persistedQueryCache } : undefined,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Federated tracing for a router that asks for it; installed explicitly, Apollo would add it anyway.
      ApolloServerPluginInlineTrace(),
      queryCostPlugin(schema),
      ...cachePlugins(responseCache),
      ...plugins,
    ],
  });
}
