import type { Request, Response } from 'express';
import { resolveMergedId } from '../../journal/resolveMergedId.js';
import type { StoredRecordHead } from '../../journal/StoredRecordHead.js';
import type { AppContext } from '../AppContext.js';
import { NotFound } from '../errors/NotFound.js';

/**
 * Answers a merged-away id with `301 Moved Permanently` (RFC 9110 §15.4.2) to the record that finally
 * survives it, keeping the rest of the path (`suffix`, e.g. `/linkset`) and the query (`?format=`), so an
 * identifier printed once keeps resolving forever (DESIGN §3). The `Location` is an absolute path.
 */
export function redirectMerged(context: AppContext, stored: StoredRecordHead, req: Request, res: Response, suffix = ''): void {
  const survivor = resolveMergedId(context.journal, stored.id);
  if (survivor === undefined || survivor === stored.id) throw new NotFound(`The material ${stored.id} was merged, but its survivor cannot be found.`);
  const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
  res
    .set('Access-Control-Allow-Origin', '*')
    .set('Cache-Control', 'public, max-age=86400')
    .set('Link', `<${context.iris.material(survivor)}>; rel="cite-as"`)
    .redirect(301, `/materials/${survivor}${suffix}${query}`);
}
