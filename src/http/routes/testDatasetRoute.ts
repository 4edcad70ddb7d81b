import express, { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { BadRequest } from '../errors/BadRequest.js';
import { UnsupportedMediaType } from '../errors/UnsupportedMediaType.js';
import { GraphLoadError } from '../../graph/GraphLoadError.js';

/** Largest dataset the hook takes: the W3C suites' datasets are a few kilobytes. */
const MAX_DATASET = '50mb';

/**
 * TEST ONLY: `PUT /__test/dataset` with `application/n-quads` replaces the whole dataset of the graph index
 * (`GraphIndex.loadAll`; the journal is not touched), so that the W3C SPARQL test suites can load each test's
 * data (https://github.com/w3c/rdf-tests, `sparql/sparql11`). Mounted only when `server.enableTestHooks` is
 * true, which no production config sets: without it the path is a 404 like any other. A graph worker that is
 * rebuilt later (after a query timeout) reloads the journal, not this data.
 */
export function testDatasetRoute(context: AppContext): Router {
  const router = Router();
  if (!context.config.server.enableTestHooks) return router;
  context.logger.warn('test hooks are enabled: PUT /__test/dataset replaces the graph index; never do this in production');
  router.put('/__test/dataset', express.text({ type: () => true, limit: MAX_DATASET }), async (req, res) => {
    const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/n-quads') throw new UnsupportedMediaType('PUT the dataset as application/n-quads.');
    try {
      await context.graph.loadAll([typeof req.body === 'string' ? req.body : '']);
    } catch (error) {
      if (error instanceof GraphLoadError) throw new BadRequest(error.message, { cause: error });
      throw error;
    }
    res.status(204).end();
  });
  return router;
}
