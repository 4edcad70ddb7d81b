import type { Request, Response } from 'express';
import { isNotModified } from './isNotModified.js';
import { strongEtag } from './strongEtag.js';

/**
 * Sends one representation with its validators: a strong `ETag` and `Last-Modified` (RFC 9110 §8.8), and
 * `304 Not Modified` when the request's `If-None-Match` / `If-Modified-Since` say the client has it
 * (`isNotModified`, RFC 9110 §13.2.2). Preconditions are only honoured for a 2xx answer (RFC 9110 §13.2.1): a
 * tombstone (`410`) always carries its body. The ETag is a digest of the type and body (`strongEtag`) unless the
 * caller knows a strong tag for these bytes (`storedEtag`).
 */
export function sendRepresentation(req: Request, res: Response, options: { status: number; type: string; body: string; lastModified: string; etag?: string }): void {
  const etag = options.etag ?? strongEtag(options.type, options.body);
  res.status(options.status).set('ETag', etag);
  const modified = new Date(options.lastModified);
  const lastModified = Number.isNaN(modified.getTime()) ? undefined : modified;
  if (lastModified) res.set('Last-Modified', lastModified.toUTCString());
  const conditions = { ifNoneMatch: req.get('if-none-match'), ifModifiedSince: req.get('if-modified-since') };
  if (options.status === 200 && (req.method === 'GET' || req.method === 'HEAD') && isNotModified(conditions, etag, lastModified)) {
    res.status(304).end();
    return;
  }
  res.type(options.type).send(options.body);
}
