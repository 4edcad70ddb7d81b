import { Router } from 'express';
import { JSON_LD_CONTEXT } from '../../model/jsonLdContext.js';

/** Serves the bundled JSON-LD context that every FAIRCat document refers to (DESIGN §4 `/context.jsonld`). */
export function contextRoute(): Router {
  const router = Router();
  const body = JSON.stringify(JSON_LD_CONTEXT, null, 2);
  router.get('/context.jsonld', (_req, res) => {
    res.type('application/ld+json').set('Cache-Control', 'public, max-age=86400').send(body);
  });
  return router;
}
