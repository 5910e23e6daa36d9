import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';

/**
 * `/healthz` says the process is up; `/readyz` says it can serve, which needs the database:
 * an orchestrator keeps traffic away while the database is unreachable without restarting us.
 */
export function healthRoutes(dataSource: DataSource, logger: Logger): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    try {
      await dataSource.query('SELECT 1');
      response.json({ status: 'ready', database: dataSource.options.type });
    } catch (error) {
      // The reason goes to the log, not to whoever asks: it can name hosts and users.
      logger.warn({ err: error }, 'Readiness check failed');
      response.status(503).json({ status: 'unavailable', reason: 'the database does not answer' });
    }
  });
  return router;
}
