import path from 'node:path';
import type { Command } from 'commander';
import { cacheSettingsFor } from '../server/cache/server-caches';
import { loadConfig } from '../config';
import { createDataSource, openWriterDataSource } from '../db/data-source';
import { Assessment } from '../entities';
import { ingestPaths } from '../ingest/ingest-paths';
import { startServer } from '../server/start-server';
import { createLogger } from '../server/logging/logger';

/** The five real letters shipped with the project, loaded into an empty database on start-up. */
export const BUNDLED_LETTERS_DIR = path.resolve(__dirname, '../../letters');

/** `ofsted-graph serve`: migrate, load the bundled letters into an empty database, serve GraphQL. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('migrate, load the bundled letters into an empty database and serve /graphql')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger();
      const dataSource = createDataSource(config.database);
      await dataSource.initialize();
      const migrations = await dataSource.runMigrations();
      if (migrations.length > 0) logger.info({ migrations: migrations.map((migration) => migration.name) }, 'Migrated');
      if ((await dataSource.getRepository(Assessment).count()) === 0) {
        const summary = await ingestPaths(dataSource, [BUNDLED_LETTERS_DIR]);
        logger.info({ ingested: summary.ingested, failed: summary.failed.length }, 'Loaded the bundled letters');
      }
      const writeDataSource = await openWriterDataSource(config.database, dataSource);
      const server = await startServer({
        dataSource,
        writeDataSource,
        adminToken: config.adminToken,
        port: config.port,
        cache: cacheSettingsFor(config),
        logger,
      });
      logger.info(
        { url: server.url, responseCache: config.redisUrl === null ? 'memory' : 'redis' },
        'Serving GraphQL (GraphiQL in a browser; /healthz, /readyz, /metrics, /export/*.csv)',
      );
      const shutdown = async (signal: string): Promise<void> => {
        logger.info({ signal }, 'Draining requests and closing the database');
        try {
          await server.stop();
          if (writeDataSource !== dataSource) await writeDataSource.destroy();
          await dataSource.destroy();
        } catch (error) {
          logger.error({ err: error }, 'Shutdown did not finish cleanly');
          process.exitCode = 1;
        }
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
