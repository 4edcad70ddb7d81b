import { Router, type Response } from 'express';
import type { AppContext } from '../AppContext.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { NotFound } from '../errors/NotFound.js';
import { negotiate } from '../negotiate.js';
import { writeRdf, type RdfWriteType } from '../../model/writeRdf.js';
import { recordPage } from '../../views/recordPage.js';
import { tombstonePage } from '../../views/tombstonePage.js';
import type { StoredRecord } from '../../journal/StoredRecord.js';

/** Representations of a record, in server preference order (HTML first for browsers sending `*\/*`). */
const OFFERED = ['text/html', 'application/ld+json', 'application/json', 'text/turtle', 'application/n-triples', 'application/n-quads'] as const;
const LABELS: Record<string, string> = {
  'application/ld+json': 'JSON-LD', 'text/turtle': 'Turtle', 'application/n-triples': 'N-Triples', 'application/n-quads': 'N-Quads',
};
const RECORD_ALIASES: Record<string, string> = { json: 'application/ld+json' };

/**
 * `GET /materials/{id}` (DESIGN §3/§4): the record by content negotiation (`?format=` overrides `Accept`),
 * `410 Gone` with a tombstone for a withdrawn record, `404` for an id that was never minted. Strong ETags per
 * record version and representation; `Vary: Accept`.
 */
export function materialRoute(context: AppContext): Router {
  const router = Router();
  router.get('/materials/:id', (req, res) => {
    const stored = context.journal.get(req.params.id);
    if (!stored || (stored.status === 'withdrawn' && stored.hash === '')) throw new NotFound(`There is no material ${req.params.id} in this catalog.`);
    const format = typeof req.query.format === 'string' ? req.query.format : undefined;
    const type = negotiate(req.get('accept'), OFFERED, format, RECORD_ALIASES);
    if (!type) throw new NotAcceptable(`This record is available as ${OFFERED.join(', ')}.`);
    const iri = context.iris.material(stored.id);
    res.vary('Accept').set('Access-Control-Allow-Origin', '*').set('Link', `<${iri}>; rel="cite-as"`);
    if (stored.status === 'withdrawn') {
      sendTombstone(context, stored, type, res);
      return;
    }
    res.set('ETag', `"${stored.id}-${stored.record.version}-${stored.hash.slice(0, 12)}-${OFFERED.indexOf(type)}"`).set('Last-Modified', new Date(stored.record.modified).toUTCString());
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.type(type === 'application/json' ? 'application/ld+json' : type).send(represent(context, stored, type));
  });
  return router;
}

function represent(context: AppContext, stored: StoredRecord, type: (typeof OFFERED)[number]): string {
  switch (type) {
    case 'text/html':
      return recordPage({
        catalogTitle: context.config.catalog.title,
        record: stored.record,
        iri: context.iris.material(stored.id),
        providerName: context.config.providers.find((p) => p.id === stored.record.provider)?.name ?? stored.record.provider,
        jsonld: JSON.parse(stored.jsonld) as unknown,
        alternates: Object.entries(LABELS).map(([mediaType, label]) => ({ type: mediaType, label, href: `/materials/${stored.id}?format=${encodeURIComponent(mediaType)}` })),
      });
    case 'application/ld+json':
    case 'application/json':
      return stored.jsonld;
    default:
      return writeRdf(stored.nquads, type as RdfWriteType);
  }
}

function sendTombstone(context: AppContext, stored: StoredRecord, type: string, res: Response): void {
  const withdrawnAt = stored.withdrawnAt ?? stored.record.modified;
  const reason = stored.withdrawnReason ?? 'withdrawn from its source';
  res.status(410).set('Cache-Control', 'no-cache');
  if (type === 'text/html') {
    res.type('text/html').send(tombstonePage({ catalogTitle: context.config.catalog.title, record: stored.record, iri: context.iris.material(stored.id), withdrawnAt, reason }));
    return;
  }
  const document = JSON.parse(stored.jsonld) as Record<string, unknown>;
  res.type('application/ld+json').send(JSON.stringify({ ...document, creativeWorkStatus: 'withdrawn', withdrawnAt, withdrawalReason: reason }));
}
