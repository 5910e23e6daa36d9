import { Router } from 'express';
import type { DataSource } from 'typeorm';

/**
 * `/healthz` says the process is up; `/readyz` says it can serve, which needs the database:
 * an orchestrator keeps traffic away while the database is unreachable without restarting us.
 */
export function healthRoutes(dataSource: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    try {
      await dataSource.query('SELECT 1');
      response.json({ status: 'ready', database: dataSource.options.type });
    } catch (error) {
      response.status(503).json({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return router;
}
