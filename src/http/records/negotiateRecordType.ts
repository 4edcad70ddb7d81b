import type { Request } from 'express';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { negotiate } from '../negotiate.js';
import { offeredFormats, RECORD_FORMAT_ALIASES, RECORD_MEDIA_TYPES } from './recordFormats.js';

/**
 * The record representation a request asks for: `?format=` (a short name or a media type) overrides
 * `Accept` (RFC 9110 §12.5.1); `406 Not Acceptable` lists what is offered.
 */
export function negotiateRecordType(req: Request): string {
  const format = typeof req.query.format === 'string' ? req.query.format : undefined;
  const type = negotiate(req.get('accept'), RECORD_MEDIA_TYPES, format, RECORD_FORMAT_ALIASES);
  if (!type) throw new NotAcceptable(offeredFormats());
  return type;
}
