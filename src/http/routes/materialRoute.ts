import { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { lookupRecord } from '../records/lookupRecord.js';
import { negotiateRecordType } from '../records/negotiateRecordType.js';
import { currentView } from '../records/recordViews.js';
import { redirectMerged } from '../records/redirectMerged.js';
import { sendRecordView } from '../records/sendRecordView.js';

/**
 * `GET /materials/{id}` (DESIGN §3/§4): the record by content negotiation (`?format=` overrides `Accept`) in
 * every `RECORD_FORMATS` representation, with FAIR Signposting and conditional GET; `410 Gone` with a
 * tombstone (in the asked format) for a withdrawn record; `301` to the survivor for a merged-away id; `404`
 * only for an id that was never published.
 */
export function materialRoute(context: AppContext): Router {
  const router = Router();
  router.get('/materials/:id', (req, res) => {
    const stored = lookupRecord(context, req.params.id);
    if (stored.status === 'merged') {
      redirectMerged(context, stored, req, res);
      return;
    }
    sendRecordView(context, req, res, currentView(context, stored), negotiateRecordType(req));
  });
  return router;
}
