import { Router } from 'express';
import type { AppContext } from '../AppContext.js';

/**
 * Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the journal answers, so records, feeds and
 * search are served). The body says whether the graph index has loaded the catalog yet (`sparql`: `loading` or
 * `ready`): the server listens while it loads, and `/sparql` answers 503 with `Retry-After` until then.
 */
export function healthRoutes(context: AppContext, isReady: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.type('application/json').set('Cache-Control', 'no-store').send({ status: 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    const ready = isReady();
    res.status(ready ? 200 : 503).type('application/json').set('Cache-Control', 'no-store')
      .send({
        status: ready ? 'ready' : 'starting',
        sparql: context.graph.isLoaded?.() === false ? 'loading' : 'ready',
        materials: context.journal.countActive(),
        catalogVersion: context.journal.catalogVersion(),
      });
  });
  return router;
}
