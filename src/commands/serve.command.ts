import path from 'node:path';
import type { Command } from 'commander';
import type { DataSource } from 'typeorm';
import { cacheSettingsFor } from '../server/cache/server-caches';
import { type AppConfig, loadConfig } from '../config';
import { settingsHelp } from '../config-docs';
import { openWriterDataSource } from '../db/data-source';
import { describeDatabase } from '../db/describe-database';
import { openDataSourceWhenReady } from '../db/wait-for-database';
import { Assessment } from '../entities';
import { ingestPaths } from '../ingest/ingest-paths';
import { type Logger, createLogger } from '../server/logging/logger';
import { type RunningServer, startServer } from '../server/start-server';

/** The five real letters shipped with the project, loaded into an empty database on start-up. */
export const BUNDLED_LETTERS_DIR = path.resolve(__dirname, '../../letters');

/** After the drain delay and the grace period, how much longer closing may take before the process gives up. */
const CLOSE_MARGIN_MS = 5_000;

/**
 * Longest wait for the database pool to close. A pool whose server stopped answering (a paused
 * VM, a partition) never finishes saying goodbye; its requests were already answered or cut, so
 * the process leaves without it rather than hang until the hard limit.
 */
const DATABASE_CLOSE_MS = 2_000;

/** Closes the data sources, giving up (with a warning) after `DATABASE_CLOSE_MS`. */
async function closeDatabase(dataSources: DataSource[], logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  // A pool whose database stopped answering may fail to close (a pending connect times out):
  // the requests are already answered, so that is worth a warning, not a failed shutdown.
  const closed = Promise.all(dataSources.map((dataSource) => dataSource.destroy())).then(
    () => true,
    (error: unknown) => {
      logger.warn({ err: error }, 'The database connection failed while closing; leaving it');
      return true;
    },
  );
  const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DATABASE_CLOSE_MS)));
  const tidy = await Promise.race([closed, gaveUp]);
  clearTimeout(timer);
  if (!tidy) logger.warn({ waitedMs: DATABASE_CLOSE_MS }, 'The database did not answer while closing; leaving it');
}

async function prepareDatabase(dataSource: DataSource, config: AppConfig, logger: Logger): Promise<void> {
  if (config.migrateOnStart) {
    const migrations = await dataSource.runMigrations();
    if (migrations.length > 0) logger.info({ migrations: migrations.map((migration) => migration.name) }, 'Migrated');
  }
  if (config.loadBundledLetters && (await dataSource.getRepository(Assessment).count()) === 0) {
    const summary = await ingestPaths(dataSource, [BUNDLED_LETTERS_DIR]);
    logger.info({ ingested: summary.ingested, failed: summary.failed.length }, 'Loaded the bundled letters');
  }
}

/**
 * Ends the process by its own hand, never by the signal: `/readyz` says 503 and answers close
 * their connections first so the load balancer moves traffic away, then the server refuses new
 * connections and lets requests in flight finish (up to the grace period; what is left is cut
 * and counted), then the caches and the pool close, then exit 0. Only a shutdown that hangs
 * past all of that exits 1. The signal must reach this process: `npm start` execs node for
 * that reason (a shell in between would die and leave the server running).
 */
function shutdownOnSignals(
  config: AppConfig,
  logger: Logger,
  running: () => { server: RunningServer; dataSources: DataSource[] } | undefined,
): void {
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const current = running();
    if (current === undefined) {
      logger.info({ signal }, 'Stopping before the server started');
      process.exit(0);
    }
    const { shutdownDrainDelayMs, shutdownGraceMs } = config.timings;
    setTimeout(
      () => {
        logger.error('Shutdown did not finish in time; exiting');
        process.exit(1);
      },
      shutdownDrainDelayMs + shutdownGraceMs + CLOSE_MARGIN_MS,
    ).unref();
    logger.info({ signal, drainDelayMs: shutdownDrainDelayMs }, '/readyz now says 503; draining requests');
    try {
      current.server.drain();
      await new Promise((resolve) => setTimeout(resolve, shutdownDrainDelayMs));
      logger.info({ graceMs: shutdownGraceMs }, 'Refusing new connections; waiting for requests in flight');
      const { abandoned } = await current.server.stop();
      await closeDatabase(current.dataSources, logger);
      if (abandoned > 0) logger.warn({ abandoned }, 'Requests still running after the grace period were cut');
      logger.info({ abandoned }, 'Stopped: requests drained, database closed');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'Shutdown did not finish cleanly');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** `ofsted-graph serve`: wait for the database, migrate, load the bundled letters into an empty database, serve GraphQL. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('migrate, load the bundled letters into an empty database and serve /graphql')
    .addHelpText('after', settingsHelp())
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger({ level: config.logLevel });
      const state: { running?: { server: RunningServer; dataSources: DataSource[] } } = {};
      shutdownOnSignals(config, logger, () => state.running);
      logger.info({ database: describeDatabase(config.database) }, 'Database');
      const dataSource = await openDataSourceWhenReady(config.database, config.databaseTuning, config.timings.databaseWaitMs, (line) =>
        logger.info(line),
      );
      await prepareDatabase(dataSource, config, logger);
      const writeDataSource = await openWriterDataSource(config.database, dataSource, config.databaseTuning);
      const server = await startServer({
        dataSource,
        writeDataSource,
        adminToken: config.adminToken,
        port: config.port,
        host: config.host,
        cache: cacheSettingsFor(config),
        limits: config.limits,
        readinessTimeoutMs: config.timings.readinessTimeoutMs,
        shutdownGraceMs: config.timings.shutdownGraceMs,
        compiledExecution: config.compiledExecution,
        load: config.load,
        logger,
      });
      state.running = { server, dataSources: writeDataSource === dataSource ? [dataSource] : [writeDataSource, dataSource] };
      logger.info(
        { url: server.url, pid: process.pid, responseCache: config.redisUrl === null ? 'memory' : 'redis' },
        'Serving GraphQL (GraphiQL in a browser; /healthz, /readyz, /metrics, /export/*.csv)',
      );
    });
}
