import { Router, type Response } from 'express';
import { Writer } from 'n3';
import type { AppContext } from '../AppContext.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { negotiate } from '../negotiate.js';
import { buildFeedView } from '../feed/buildFeedView.js';
import type { FeedCatalog } from '../feed/feedJsonLd.js';
import { feedJsonLdBytes, feedNdjsonBytes } from '../feed/feedJsonLdBytes.js';
import { feedQuads } from '../feed/feedQuads.js';
import type { FeedView } from '../feed/FeedView.js';
import { parseFeedQuery } from '../feed/parseFeedQuery.js';
import { catalogVersionReader } from '../../journal/catalogVersionReader.js';
import { FeedReader } from '../../journal/FeedReader.js';
import { ensureFacetIndex } from '../../journal/indexFacets.js';
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
 *
 * JSON-LD and NDJSON pages are concatenated from the stored JSON-LD of the records (`FeedReader.entries`,
 * `feedJsonLdBytes`): no record is parsed, serialised or even decoded per request, and rows are read without their
 * N-Quads.
 */
export function materialsFeedRoute(context: AppContext): Router {
  ensureFacetIndex(context.journal);
  const router = Router();
  const catalog: FeedCatalog = { title: context.config.catalog.title, description: context.config.catalog.description, license: context.config.catalog.license };
  const reader = new FeedReader(context.journal);
  const catalogVersion = catalogVersionReader(context.journal);
  router.get('/materials', (req, res) => {
    const query = parseFeedQuery(req.query as Record<string, unknown>);
    const type = negotiate(req.get('accept'), OFFERED, query.format, FEED_ALIASES);
    if (!type) throw new NotAcceptable(`The feed is available as ${OFFERED.join(', ')}.`);
    res.vary('Accept').set({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Link, ETag',
      ETag: `"feed-${catalogVersion()}-${OFFERED.indexOf(type)}"`,
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (type === 'application/ld+json' || type === 'application/json' || type === 'application/x-ndjson') {
      const view = buildFeedView(context.config.baseUrl, query, reader.entries(query.filter, query.cursor, query.limit));
      setPageLinks(res, view);
      const ndjson = type === 'application/x-ndjson';
      const body = ndjson ? feedNdjsonBytes(view.records, context.iris.context) : feedJsonLdBytes(view, catalog, context.iris.context);
      res.set('Content-Type', `${ndjson ? type : 'application/ld+json'}; charset=utf-8`).send(body);
      return;
    }
    const view = buildFeedView(context.config.baseUrl, query, reader.records(query.filter, query.cursor, query.limit));
    setPageLinks(res, view);
    send(res, type, view, context, catalog, query.filterParams);
  });
  return router;
}

/** The page's Hydra links as `Link` header links too (RFC 8288). */
function setPageLinks(res: Response, view: FeedView<{ id: string }>): void {
  const links = [`<${view.first}>; rel="first"`, view.next && `<${view.next}>; rel="next"`, view.previous && `<${view.previous}>; rel="prev"`].filter(Boolean);
  res.set('Link', links.join(', '));
}

/** The representations rendered from whole records: Turtle, N-Triples, HTML. */
function send(res: Response, type: Exclude<FeedType, 'application/ld+json' | 'application/json' | 'application/x-ndjson'>, view: FeedView, context: AppContext, catalog: FeedCatalog, filters: [string, string][]): void {
  switch (type) {
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
  }
}
