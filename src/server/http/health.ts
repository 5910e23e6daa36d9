import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import { databaseReadiness } from './database-readiness';

export interface HealthOptions {
  /** Longest `/readyz` waits for the database before answering 503. */
  readinessTimeoutMs: number;
  /** True once the server is shutting down: `/readyz` then says 503 so traffic moves away first. */
  isDraining: () => boolean;
}

/**
 * `/healthz` says the process is up; `/readyz` says it can serve, which needs the database
 * (and, on Galera, a synced node) and a server that is not shutting down: an orchestrator keeps
 * traffic away meanwhile without restarting us.
 */
export function healthRoutes(dataSource: DataSource, logger: Logger, options: HealthOptions): Router {
  const router = Router();
  // The error goes to the log, not to whoever asks: it can name hosts and users.
  const readiness = databaseReadiness(dataSource, options.readinessTimeoutMs, (error) =>
    logger.warn({ err: error }, 'Readiness check failed'),
  );
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    if (options.isDraining()) {
      response.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    const result = await readiness();
    if (result.ready) {
      response.json({ status: 'ready', database: dataSource.options.type });
      return;
    }
    logger.warn({ reason: result.reason }, 'Readiness check failed');
    response.status(503).json({ status: 'unavailable', reason: result.reason });
  });
  return router;
}
