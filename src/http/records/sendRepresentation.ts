import type { Request, Response } from 'express';
import { strongEtag } from './strongEtag.js';

/**
 * Sends one representation with its validators: a strong `ETag` and `Last-Modified` (RFC 9110 §8.8), and
 * `304 Not Modified` when the request's `If-None-Match` / `If-Modified-Since` match (RFC 9110 §13.1.2, §13.1.3,
 * evaluated by Express's `req.fresh`). Preconditions are only honoured for a 2xx answer (RFC 9110 §13.2.1): a
 * tombstone (`410`) always carries its body.
 */
export function sendRepresentation(req: Request, res: Response, options: { status: number; type: string; body: string; lastModified: string }): void {
  res.status(options.status).set('ETag', strongEtag(options.type, options.body));
  const modified = new Date(options.lastModified);
  if (!Number.isNaN(modified.getTime())) res.set('Last-Modified', modified.toUTCString());
  if (options.status === 200 && req.fresh) {
    res.status(304).end();
    return;
  }
  res.type(options.type).send(options.body);
}
