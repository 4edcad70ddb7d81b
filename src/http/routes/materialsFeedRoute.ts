import { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { BadRequest } from '../errors/BadRequest.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { negotiate } from '../negotiate.js';
import type { StoredRecord } from '../../journal/StoredRecord.js';
import { writeRdf } from '../../model/writeRdf.js';

const OFFERED = ['application/ld+json', 'application/json', 'application/x-ndjson', 'text/turtle', 'application/n-triples', 'application/n-quads'] as const;
const FEED_ALIASES: Record<string, string> = { json: 'application/ld+json' };
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/**
 * `GET /materials` (DESIGN §4): the catalog as a JSON-LD `schema:DataFeed` of `schema:DataFeedItem`s, in a
 * stable order (record id) with keyset cursors (`after`, `before`), so that a harvest writing between two
 * page fetches never makes a consumer skip or repeat an item. Hydra `PartialCollectionView` links the pages.
 */
export function materialsFeedRoute(context: AppContext): Router {
  const router = Router();
  router.get('/materials', (req, res) => {
    const limit = req.query.limit === undefined ? DEFAULT_LIMIT : Number(req.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new BadRequest(`limit must be a whole number from 1 to ${MAX_LIMIT}`);
    const after = typeof req.query.after === 'string' ? req.query.after : undefined;
    const before = typeof req.query.before === 'string' ? req.query.before : undefined;
    const format = typeof req.query.format === 'string' ? req.query.format : undefined;
    const type = negotiate(req.get('accept'), OFFERED, format, FEED_ALIASES);
    if (!type) throw new NotAcceptable(`The feed is available as ${OFFERED.join(', ')}.`);

    // Fetch one extra record to know whether there is a further page.
    const page = before !== undefined
      ? context.journal.listActiveBefore({ beforeId: before, limit: limit + 1 })
      : context.journal.listActive({ ...(after === undefined ? {} : { afterId: after }), limit: limit + 1 });
    const hasMore = page.length > limit;
    const records = before !== undefined ? page.slice(hasMore ? 1 : 0) : page.slice(0, limit);
    const first = records[0];
    const last = records.at(-1);
    const base = `${context.config.baseUrl}materials`;
    const link = (params: Record<string, string>): string => `${base}?${new URLSearchParams({ limit: String(limit), ...params }).toString()}`;
    const hasPrevious = before !== undefined ? hasMore : after !== undefined && first !== undefined;
    const hasNext = before !== undefined ? true : hasMore;
    const view = {
      '@id': link({ ...(after ? { after } : {}), ...(before ? { before } : {}) }),
      '@type': 'hydra:PartialCollectionView',
      'hydra:first': { '@id': link({}) },
      ...(hasNext && last ? { 'hydra:next': { '@id': link({ after: last.id }) } } : {}),
      ...(hasPrevious && first ? { 'hydra:previous': { '@id': link({ before: first.id }) } } : {}),
    };

    res.vary('Accept').set('Access-Control-Allow-Origin', '*').set('ETag', `"feed-${context.journal.catalogVersion()}-${OFFERED.indexOf(type)}"`);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const links = [view['hydra:next'] && `<${view['hydra:next']['@id']}>; rel="next"`, view['hydra:previous'] && `<${view['hydra:previous']['@id']}>; rel="prev"`].filter(Boolean);
    if (links.length > 0) res.set('Link', links.join(', '));
    if (type === 'application/x-ndjson') {
      res.type('application/x-ndjson').send(records.map((r) => r.jsonld).join('\n') + (records.length ? '\n' : ''));
      return;
    }
    if (type !== 'application/ld+json' && type !== 'application/json') {
      res.type(type).send(writeRdf(records.map((r) => r.nquads).join(''), type));
      return;
    }
    res.type('application/ld+json').send(
      JSON.stringify({
        '@context': context.iris.context,
        '@id': base,
        '@type': ['DataFeed', 'hydra:Collection'],
        name: context.config.catalog.title,
        description: context.config.catalog.description,
        license: context.config.catalog.license,
        'hydra:totalItems': context.journal.countActive(),
        'hydra:view': view,
        dataFeedElement: records.map((stored) => feedItem(stored)),
      }),
    );
  });
  return router;
}

function feedItem(stored: StoredRecord): Record<string, unknown> {
  const { '@context': _context, ...item } = JSON.parse(stored.jsonld) as Record<string, unknown>;
  return {
    '@type': 'DataFeedItem',
    dateCreated: { '@value': stored.record.created, '@type': 'xsd:dateTime' },
    dateModified: { '@value': stored.record.modified, '@type': 'xsd:dateTime' },
    item,
  };
}
