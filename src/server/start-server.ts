import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createApolloServer } from './create-apollo-server';
import type { CacheSettings } from './cache/server-caches';
import { clearCacheOnOutsideIngest } from './cache/cache-clearing';
import { createServerCaches } from './cache/server-caches';
import { createContext } from '../resolvers/context';
import { graphiqlAssets, graphiqlPage, wantsGraphiql } from './http/graphiql';
import { healthRoutes } from './http/health';
import { csvExportRoutes } from './http/csv-export.route';
import { jsonErrorHandler } from './http/json-error-handler';
import { buildAppSchema } from './app-schema';
import { type Logger, silentLogger } from './logging/logger';
import { requestLogging } from './logging/request-logging';
import { countStatementsPerRequest } from './logging/statement-counting';
import { routeDatabaseLogs } from './logging/database-logging';
import { graphqlRequestPlugin } from './logging/graphql-request.plugin';
import { createServerMetrics } from './metrics/server-metrics';
import { metricsRoute } from './http/metrics.route';
import { DEFAULT_REQUEST_LIMITS, DEFAULT_SERVER_TIMINGS, type RequestLimits } from '../config';
import { variablesDepthGuard } from './http/variables-depth';
import { documentNestingGuard } from './http/document-nesting';
import { variablesSizeGuard, verifyJsonShape } from './http/variables-size';
import { type DrainOutcome, trackConnections } from './http/connection-drain';
import { DEFAULT_LOAD_LIMITS, type LoadLimits } from '../config';
import { runAsStatementCaller } from '../db/statement-scheduler';
import { scheduleStatements } from '../db/scheduled-statements';
import { clientOf } from './fair-load/client-identity';
import { clientConcurrencyLimit } from './fair-load/client-concurrency';
import { CostBudget } from './fair-load/cost-budget';
import { FairAdmission } from './fair-load/fair-admission';

export interface ServerOptions {
  dataSource: DataSource;
  /** Where `ingestLetter` writes; the same as `dataSource` unless given (see `openWriterDataSource`). */
  writeDataSource?: DataSource;
  adminToken: string | null;
  /** Built when not given; tests pass one in to build it once per file. */
  schema?: GraphQLSchema;
  /**
   * Whole-response cache (memory or Redis). Omitted: no response cache, only `cache-control`
   * headers; for callers that write to the database behind the server's back, as tests do.
   */
  cache?: CacheSettings;
  /** How often to look for letters another process stored (default 2 s); tests shorten it. */
  outsideIngestPollMs?: number;
  /** One line per request and every unexpected error; silent when omitted (the `serve` command passes the process's). */
  logger?: Logger;
  /** Request limits and the introspection switch; `DEFAULT_REQUEST_LIMITS` when omitted. */
  limits?: RequestLimits;
  /** Longest `/readyz` waits for the database. */
  readinessTimeoutMs?: number;
  /** How long `stop()` lets requests in flight finish before destroying their connections. */
  shutdownGraceMs?: number;
  /** Run queries compiled by graphql-jit; `DEFAULT_COMPILED_EXECUTION` when omitted. */
  compiledExecution?: boolean;
  /** Per-client budgets, fair queuing and the statement budget per request; `DEFAULT_LOAD_LIMITS` when omitted. */
  load?: LoadLimits;
}

export interface RunningServer {
  httpServer: Server;
  /** e.g. http://localhost:4000/graphql */
  url: string;
  port: number;
  /**
   * Makes `/readyz` answer 503 and every response close its connection while requests are
   * still served, so a load balancer moves traffic away first.
   */
  drain(): void;
  /**
   * Stops accepting connections and lets requests in flight finish, for up to the grace
   * period, then closes every connection; the data source stays open.
   */
  stop(): Promise<DrainOutcome>;
}

/**
 * Connections the kernel may hold for the server before it accepts them (capped by the system's
 * `somaxconn`). Node's default of 511 resets connections past it when a burst of a thousand
 * clients arrives at once (a cold cache after a deploy); those are answered from the queue instead.
 */
const LISTEN_BACKLOG = 4_096;
/** What a browser gets at `/graphql` with introspection off, in the shape of every JSON error of the server. */
const GRAPHIQL_OFF = { errors: [{ message: 'GraphiQL is not served here: introspection is off', extensions: { code: 'NOT_FOUND' } }] };

/** Large enough for the longest letters sent to `ingestLetter`, small enough to refuse abuse. */
const BODY_LIMIT = '6mb';

/**
 * Starts the HTTP server: `/graphql` (Apollo; GraphiQL for a browser), `/healthz`, `/readyz`.
 * The caller owns the data source. Port 0 picks a free port.
 */
export async function startServer(options: ServerOptions & { port: number; host?: string }): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);
  const connections = trackConnections(httpServer);
  const schema = options.schema ?? (await buildAppSchema());
  const logger = options.logger ?? silentLogger();
  const caches = options.cache ? createServerCaches(options.cache, logger) : undefined;
  const limits = options.limits ?? DEFAULT_REQUEST_LIMITS;
  // The body's own object is a level above its variables.
  const variableShapeLimits = {
    maxKeys: limits.maxVariableKeys,
    maxListItems: limits.maxVariableListItems,
    maxDepth: limits.maxVariablesDepth + 1,
  };
  const load = options.load ?? DEFAULT_LOAD_LIMITS;
  // Behind a load balancer, req.ip is the client's address only if its X-Forwarded-For is believed.
  app.set('trust proxy', load.trustProxyHops);
  const apollo = createApolloServer({
    schema,
    responseCache: caches?.responses,
    persistedQueryCache: caches?.persistedQueries,
    plugins: [graphqlRequestPlugin()],
    logger,
    limits,
    compiledExecution: options.compiledExecution,
    costBudget: new CostBudget({ points: load.costBudget, windowSeconds: load.windowSeconds }),
    admission: new FairAdmission({ slots: load.concurrentExecutions, queueLimit: load.queuedExecutions, timeoutMs: load.queueTimeoutMs }),
  });
  routeDatabaseLogs(options.dataSource, logger);
  countStatementsPerRequest(options.dataSource);
  scheduleStatements(options.dataSource);
  const metrics = createServerMetrics(options.dataSource);
  await apollo.start();
  const outsideIngests = caches && clearCacheOnOutsideIngest(options.dataSource, caches.responses, options.outsideIngestPollMs);

  app.use(requestLogging(logger, metrics.observe));
  let draining = false;
  app.use(
    healthRoutes(options.dataSource, logger, {
      readinessTimeoutMs: options.readinessTimeoutMs ?? DEFAULT_SERVER_TIMINGS.readinessTimeoutMs,
      isDraining: () => draining,
    }),
  );
  app.use(metricsRoute(metrics.registry));
  // GraphiQL only where the schema is public: with introspection off it could load no schema,
  // and its example tabs would publish the fields the switch keeps private.
  if (limits.introspection) app.use(graphiqlAssets());
  app.use(
    cors(),
    csvExportRoutes(options.dataSource, (error, file) => logger.warn({ err: error, file }, 'Export stopped part way')),
  );
  app.get('/', (_request, response) => response.redirect('/graphql'));
  app.use(
    '/graphql',
    cors(),
    (request, response, next) => {
      if (!wantsGraphiql(request)) next();
      else if (limits.introspection) response.type('html').send(graphiqlPage(request.baseUrl));
      else response.status(404).json(GRAPHIQL_OFF);
    },
    clientConcurrencyLimit(load.concurrentRequestsPerClient),
    // Everything the request runs, resolvers and DataLoaders included, takes its client's turns for statements.
    (request, _response, next) => runAsStatementCaller({ client: clientOf(request), limit: load.statementsInFlightPerRequest }, next),
    express.json({ limit: BODY_LIMIT, verify: verifyJsonShape(variableShapeLimits) }),
    variablesSizeGuard(variableShapeLimits),
    variablesDepthGuard(limits.maxVariablesDepth),
    documentNestingGuard(),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext({
          dataSource: options.dataSource,
          writeDataSource: options.writeDataSource ?? options.dataSource,
          adminToken: options.adminToken,
          authorization: req.headers.authorization,
          cacheGeneration: caches?.responses.generation,
          client: clientOf(req),
        }),
    }),
  );

  app.use(jsonErrorHandler(logger));

  const host = options.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ port: options.port, host, backlog: LISTEN_BACKLOG }, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    httpServer,
    port,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql`,
    drain() {
      draining = true;
      connections.beginDrain();
    },
    async stop() {
      draining = true;
      outsideIngests?.stop();
      // Connections first: Apollo refuses operations once it is stopping, so it stops when none is left.
      const outcome = await connections.close(options.shutdownGraceMs ?? DEFAULT_SERVER_TIMINGS.shutdownGraceMs);
      await apollo.stop();
      await caches?.close();
      return outcome;
    },
  };
}
