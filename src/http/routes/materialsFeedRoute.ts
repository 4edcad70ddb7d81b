import { Router, type Response } from 'express';
import { Writer } from 'n3';
import type { AppContext } from '../AppContext.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { negotiate } from '../negotiate.js';
import { buildFeedView } from '../feed/buildFeedView.js';
import { feedItem, feedJsonLd, type FeedCatalog } from '../feed/feedJsonLd.js';
import { feedQuads } from '../feed/feedQuads.js';
import type { FeedView } from '../feed/FeedView.js';
import { parseFeedQuery } from '../feed/parseFeedQuery.js';
import { ensureFacetIndex } from '../../journal/indexFacets.js';
import { listFeedPage } from '../../journal/listFeedPage.js';
import { writeRdf } from '../../model/writeRdf.js';
import { feedPage } from '../../views/feedPage.js';

/** Representations of the feed; JSON-LD first (a client without `Accept` gets it), HTML for browsers. */
const OFFERED = ['application/ld+json', 'application/json', 'application/x-ndjson', 'text/turtle', 'application/n-triples', 'text/html'] as const;
type FeedType = (typeof OFFERED)[number];
const FEED_ALIASES: Record<string, string> = { json: 'application/ld+json' };
const LABELS: [FeedType, string, string][] = [
  ['application/ld+json', 'JSON-LD', 'jsonld'], ['application/x-ndjson', 'NDJSON', 'ndjson'], ['text/turtle', 'Turtle', 'ttl'], ['application/n-triples', 'N-Triples', 'nt'],
];

/**
 * `GET /materials` (DESIGN §4): the catalog as a JSON-LD `schema:DataFeed` of `schema:DataFeedItem`s with Hydra
 * paging (`hydra:view` first/next/previous, `hydra:totalItems`), filtered by `q`, `keyword`, `provider`, `teaches`,
 * `level`, `language`, `license` and `modifiedSince`, in a stable order (record id) with keyset cursors (`after`,
 * `before`) so that a harvest writing between two page fetches never makes a consumer skip or repeat a record.
 * Also NDJSON (one record document per line), Turtle, N-Triples and HTML by negotiation (`?format=` overrides
 * `Accept`); ETag/304 on the catalog version; CORS open; paging links also in `Link` headers (RFC 8288).
 */
export function materialsFeedRoute(context: AppContext): Router {
  ensureFacetIndex(context.journal);
  const router = Router();
  const catalog: FeedCatalog = { title: context.config.catalog.title, description: context.config.catalog.description, license: context.config.catalog.license };
  router.get('/materials', (req, res) => {
    const query = parseFeedQuery(req.query as Record<string, unknown>);
    const type = negotiate(req.get('accept'), OFFERED, query.format, FEED_ALIASES);
    if (!type) throw new NotAcceptable(`The feed is available as ${OFFERED.join(', ')}.`);
    res.vary('Accept').set({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Link, ETag',
      ETag: `"feed-${context.journal.catalogVersion()}-${OFFERED.indexOf(type)}"`,
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const view = buildFeedView(context.config.baseUrl, query, listFeedPage(context.journal, query.filter, query.cursor, query.limit));
    const links = [`<${view.first}>; rel="first"`, view.next && `<${view.next}>; rel="next"`, view.previous && `<${view.previous}>; rel="prev"`].filter(Boolean);
    res.set('Link', links.join(', '));
    send(res, type, view, context, catalog, query.filterParams);
  });
  return router;
}

function send(res: Response, type: FeedType, view: FeedView, context: AppContext, catalog: FeedCatalog, filters: [string, string][]): void {
  switch (type) {
    case 'application/x-ndjson':
      res.type('application/x-ndjson').send(view.records.map((record) => `${JSON.stringify({ '@context': context.iris.context, ...feedItem(record) })}\n`).join(''));
      return;
    case 'text/turtle':
    case 'application/n-triples':
      res.type(type).send(writeRdf(new Writer({ format: 'N-Quads' }).quadsToString(feedQuads(view, catalog, context.iris.material)), type));
      return;
    case 'text/html':
      res.type('text/html').send(feedPage({
        catalogTitle: catalog.title,
        totalItems: view.totalItems,
        filters,
        items: view.records.map((stored) => ({
          href: `/materials/${stored.id}`,
          record: stored.record,
          providerName: context.config.providers.find((p) => p.id === stored.record.provider)?.name ?? stored.record.provider,
        })),
        first: view.first,
        ...(view.next ? { next: view.next } : {}),
        ...(view.previous ? { previous: view.previous } : {}),
        alternates: LABELS.map(([mediaType, label, format]) => ({ type: mediaType, label, href: `${view.page}${view.page.includes('?') ? '&' : '?'}format=${format}` })),
      }));
      return;
    default:
      res.type('application/ld+json').send(JSON.stringify(feedJsonLd(view, catalog, context.iris.context)));
  }
}
