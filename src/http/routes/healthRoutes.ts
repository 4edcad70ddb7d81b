import { Router } from 'express';
import type { AppContext } from '../AppContext.js';

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: journal and graph index answer). */
export function healthRoutes(context: AppContext, isReady: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.type('application/json').set('Cache-Control', 'no-store').send({ status: 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    const ready = isReady();
    res.status(ready ? 200 : 503).type('application/json').set('Cache-Control', 'no-store')
      .send({ status: ready ? 'ready' : 'starting', materials: context.journal.countActive(), catalogVersion: context.journal.catalogVersion() });
  });
  return router;
}
