import express, { type Express } from 'express';
import type { AppContext } from './AppContext.js';
import { errorHandler } from './errorHandler.js';
import { NotFound } from './errors/NotFound.js';
import { contextRoute } from './routes/contextRoute.js';
import { healthRoutes } from './routes/healthRoutes.js';
import { homeRoute } from './routes/homeRoute.js';
import { materialLinksetRoute } from './routes/materialLinksetRoute.js';
import { materialRoute } from './routes/materialRoute.js';
import { materialVersionRoute } from './routes/materialVersionRoute.js';
import { materialVersionsRoute } from './routes/materialVersionsRoute.js';
import { materialsFeedRoute } from './routes/materialsFeedRoute.js';
import { changesRoute } from './routes/changesRoute.js';
import { dumpsRoute } from './routes/dumpsRoute.js';
import { sitemapRoutes } from './routes/sitemapRoutes.js';
import { oaiPmhRoute } from './routes/oaiPmhRoute.js';
import { sparqlRoute } from './routes/sparqlRoute.js';
import { voidRoute } from './routes/voidRoute.js';
import { testDatasetRoute } from './routes/testDatasetRoute.js';
import { harvestsRoute } from './routes/harvestsRoute.js';
import { metricsRoute } from './routes/metricsRoute.js';
import { adminHarvestRoute } from './routes/adminHarvestRoute.js';
import { responseCache } from './responseCache.js';

/**
 * Builds the Express application from its dependencies (no I/O here: the caller listens). Routes are small
 * factories that receive the context; errors thrown anywhere are rendered once by `errorHandler`.
 */
export function createApp(context: AppContext, options: { isReady?: () => boolean } = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'extended');
  app.set('trust proxy', false);
  app.use((req, res, next) => {
    if (req.method === 'OPTIONS' && req.get('origin')) {
      res.set({
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': req.get('access-control-request-headers') ?? 'Accept, Content-Type',
        'Access-Control-Max-Age': '86400',
      });
    }
    next();
  });
  app.use(responseCache(context, context.config.cache));
  app.use(healthRoutes(context, options.isReady ?? (() => true)));
  app.use(contextRoute());
  app.use(homeRoute(context));
  app.use(sparqlRoute(context));
  app.use(voidRoute(context));
  app.use(testDatasetRoute(context));
  app.use(materialsFeedRoute(context));
  app.use(changesRoute(context));
  app.use(dumpsRoute(context));
  app.use(sitemapRoutes(context));
  app.use(oaiPmhRoute(context));
  app.use(harvestsRoute(context));
  app.use(metricsRoute(context));
  app.use(adminHarvestRoute(context));
  app.use(materialRoute(context));
  app.use(materialVersionsRoute(context));
  app.use(materialVersionRoute(context));
  app.use(materialLinksetRoute(context));
  app.use((req) => {
    throw new NotFound(`Nothing is at ${req.path}.`);
  });
  app.use(errorHandler(context.config.catalog.title, context.logger.child({ component: 'http' })));
  return app;
}
