import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { AppContext } from '../context';
import { formatError } from './format-error';

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  plugins?: ApolloServerPlugin<AppContext>[];
}

/** The Apollo Server for the subgraph; GraphiQL replaces Apollo's CDN-hosted landing page. */
export function createApolloServer({ schema, httpServer, plugins = [] }: ApolloOptions): ApolloServer<AppContext> {
  return new ApolloServer<AppContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ...plugins],
  });
}
