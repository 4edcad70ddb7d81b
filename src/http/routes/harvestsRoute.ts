import { Router, type Request } from 'express';
import type { AppContext } from '../AppContext.js';
import { BadRequest } from '../errors/BadRequest.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { NotFound } from '../errors/NotFound.js';
import { negotiate } from '../negotiate.js';
import { listHarvestRuns } from '../../journal/listHarvestRuns.js';
import { sourceStatuses } from '../../journal/sourceStatuses.js';
import { harvestRunToJsonLd } from '../../model/harvestRunToJsonLd.js';
import { harvestRunPage } from '../../views/harvestRunPage.js';
import { harvestsPage } from '../../views/harvestsPage.js';

/** JSON-LD first (clients without `Accept` get it), HTML for browsers. */
const OFFERED = ['application/ld+json', 'application/json', 'text/html'] as const;
const ALIASES: Record<string, string> = { json: 'application/ld+json' };
const MAX_LIMIT = 200;

/**
 * `GET /harvests` and `GET /harvests/{run}` (DESIGN §4, §6): harvest runs with their per-source reports: status
 * (applied, failed, suspicious, interrupted, running), counts, durations and per-item problems with their source
 * location and line. JSON-LD (PROV-O activities in the bundled context, Hydra paging newest first with `before`
 * cursors, `?source=` filter) or HTML; `?format=` overrides `Accept`. Never cached: runs change under way.
 */
export function harvestsRoute(context: AppContext): Router {
  const router = Router();
  router.get('/harvests', (req, res) => {
    const type = negotiated(req);
    const sourceId = single(req.query.source, 'source');
    const before = single(req.query.before, 'before');
    const limitText = single(req.query.limit, 'limit') ?? '50';
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new BadRequest(`limit must be a whole number from 1 to ${MAX_LIMIT}, not "${limitText}".`);
    const page = listHarvestRuns(context.journal, { limit, ...(sourceId ? { sourceId } : {}), ...(before ? { before } : {}) });
    const self = pageUrl(context.config.baseUrl, { source: sourceId, limit: limitText === '50' ? undefined : limitText, before });
    const next = page.nextBefore === undefined ? undefined : pageUrl(context.config.baseUrl, { source: sourceId, limit: limitText === '50' ? undefined : limitText, before: page.nextBefore });
    res.vary('Accept').set({ 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
    if (type === 'text/html') {
      const sources = sourceStatuses(context.journal, context.config.sources);
      res.type('text/html').send(harvestsPage({
        catalogTitle: context.config.catalog.title,
        sources: sourceId ? sources.filter((s) => s.id === sourceId) : sources,
        runs: page.runs,
        ...(next ? { next: relative(next, context.config.baseUrl) } : {}),
        ...(sourceId ? { sourceId } : {}),
      }));
      return;
    }
    res.type(type).send(JSON.stringify({
      '@context': context.iris.context,
      '@id': self,
      '@type': 'hydra:Collection',
      'hydra:member': page.runs.map((run) => harvestRunToJsonLd(run, context.iris, { withProblems: false })),
      'hydra:view': { '@id': self, '@type': 'hydra:PartialCollectionView', ...(next ? { 'hydra:next': next } : {}) },
    }));
  });

  router.get('/harvests/:run', (req, res) => {
    const type = negotiated(req);
    const report = context.journal.getRun(req.params.run);
    if (!report) throw new NotFound(`There is no harvest run ${req.params.run}.`);
    const jsonld = { '@context': context.iris.context, ...harvestRunToJsonLd(report, context.iris) };
    res.vary('Accept').set({ 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
    if (type === 'text/html') res.type('text/html').send(harvestRunPage({ catalogTitle: context.config.catalog.title, report, jsonld }));
    else res.type(type).send(JSON.stringify(jsonld));
  });
  return router;
}

function negotiated(req: Request): (typeof OFFERED)[number] {
  const format = typeof req.query.format === 'string' ? req.query.format : undefined;
  const type = negotiate(req.get('accept'), OFFERED, format, ALIASES);
  if (!type) throw new NotAcceptable(`Harvest reports are available as ${OFFERED.join(', ')}.`);
  return type;
}

function single(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new BadRequest(`${name} may be given once.`);
  return value;
}

function pageUrl(baseUrl: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  return `${baseUrl}harvests${query ? `?${query}` : ''}`;
}

function relative(url: string, baseUrl: string): string {
  return url.startsWith(baseUrl) ? `/${url.slice(baseUrl.length)}` : url;
}
