import { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { negotiate } from '../negotiate.js';
import { lookupRecord } from '../records/lookupRecord.js';
import { currentView } from '../records/recordViews.js';
import { redirectMerged } from '../records/redirectMerged.js';
import { sendRepresentation } from '../records/sendRepresentation.js';
import { formatLinks } from '../signposting/formatLinks.js';
import { linksetJson } from '../signposting/linksetJson.js';
import { recordLinkset } from '../signposting/recordLinkset.js';

const OFFERED = ['application/linkset+json', 'application/linkset', 'application/json'] as const;
const ALIASES: Record<string, string> = { json: 'application/linkset+json', linkset: 'application/linkset' };

/**
 * `GET /materials/{id}/linkset`: the record's FAIR Signposting links as a linkset (RFC 9264), in
 * `application/linkset+json` (§4.2) or `application/linkset` (§4.1). A withdrawn record keeps its linkset (its
 * identifier and citation stay valid); a merged-away id answers `301` to the survivor's linkset.
 */
export function materialLinksetRoute(context: AppContext): Router {
  const router = Router();
  router.get('/materials/:id/linkset', (req, res) => {
    const stored = lookupRecord(context, req.params.id);
    if (stored.status === 'merged') {
      redirectMerged(context, stored, req, res, '/linkset');
      return;
    }
    const format = typeof req.query.format === 'string' ? req.query.format : undefined;
    const type = negotiate(req.get('accept'), OFFERED, format, ALIASES);
    if (!type) throw new NotAcceptable(`The linkset is available as ${OFFERED.join(', ')}.`);
    const view = currentView(context, stored);
    const links = recordLinkset(view);
    const body = type === 'application/linkset' ? `${formatLinks(links, ',\n')}\n` : JSON.stringify(linksetJson(links, view.url), null, 2);
    res.vary('Accept').set('Access-Control-Allow-Origin', '*');
    sendRepresentation(req, res, { status: 200, type: type === 'application/json' ? 'application/linkset+json' : type, body, lastModified: view.lastModified });
  });
  return router;
}
