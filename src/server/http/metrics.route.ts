import { Router } from 'express';
import type { Registry } from 'prom-client';

/** `GET /metrics`: the server's Prometheus metrics in the text exposition format. */
export function metricsRoute(registry: Registry): Router {
  const router = Router();
  router.get('/metrics', async (_request, response) => {
    response.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
