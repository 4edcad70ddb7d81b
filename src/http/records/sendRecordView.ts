import type { Request, Response } from 'express';
import type { AppContext } from '../AppContext.js';
import { formatLinks } from '../signposting/formatLinks.js';
import { recordLinks } from '../signposting/recordLinks.js';
import { recordFormatOf } from './recordFormats.js';
import type { RecordView } from './RecordView.js';
import { renderRecord } from './renderRecord.js';
import { sendRepresentation } from './sendRepresentation.js';
import { storedEtag } from './storedEtag.js';

/** At most this many `author` links go in the `Link` header; the linkset lists every one. */
const MAX_HEADER_AUTHORS = 10;

/**
 * Answers a request for a record view in the negotiated media type: `200` (current record, version) or
 * `410 Gone` with the tombstone in that format (withdrawn); FAIR Signposting `Link` header; `Vary: Accept`;
 * strong ETag, `Last-Modified`, `304`; Memento-Datetime (RFC 7089 §2.1.1) on versions. The current record's JSON-LD
 * is its stored text, tagged from its stored revision (`storedEtag`) rather than by hashing it.
 */
export function sendRecordView(context: AppContext, req: Request, res: Response, view: RecordView, type: string): void {
  const format = recordFormatOf(type);
  const body = renderRecord(view, type, context.journal.serialiser, context.config.catalog.title);
  res.vary('Accept').set('Access-Control-Allow-Origin', '*').set('Access-Control-Expose-Headers', 'Link, ETag, Last-Modified, Memento-Datetime');
  res.set('Link', formatLinks(recordLinks(view, { maxAuthors: MAX_HEADER_AUTHORS })));
  if (view.version) res.set('Memento-Datetime', new Date(view.version.created).toUTCString());
  if (format.filename) res.set('Content-Disposition', `inline; filename="${format.filename(view.record.id)}"`);
  if (view.state === 'withdrawn') res.set('Cache-Control', 'no-cache');
  const etag = view.stored && format.type === 'application/ld+json' ? storedEtag(format.type, view.stored.revision, context.journal.serialiser.iris) : undefined;
  sendRepresentation(req, res, { status: view.state === 'withdrawn' ? 410 : 200, type: format.type, body, lastModified: view.lastModified, ...(etag ? { etag } : {}) });
}
