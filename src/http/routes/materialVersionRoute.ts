import { Router } from 'express';
import { getVersion } from '../../journal/listVersions.js';
import type { AppContext } from '../AppContext.js';
import { NotFound } from '../errors/NotFound.js';
import { lookupRecord } from '../records/lookupRecord.js';
import { negotiateRecordType } from '../records/negotiateRecordType.js';
import { versionView } from '../records/recordViews.js';
import { sendRecordView } from '../records/sendRecordView.js';

/**
 * `GET /materials/{id}/versions/{n}`: the snapshot of a record after its n-th change, in every record format
 * (citations name the version: `cite-as` is the version IRI), as a Memento (RFC 7089 §2.1: `Memento-Datetime`,
 * `Link` `original`/`timegate`/`timemap`). Snapshots never change, so they stay resolvable whatever happens to
 * the record later (withdrawn or merged away).
 */
export function materialVersionRoute(context: AppContext): Router {
  const router = Router();
  router.get('/materials/:id/versions/:n', (req, res) => {
    const stored = lookupRecord(context, req.params.id);
    const number = /^[1-9]\d{0,8}$/.test(req.params.n) ? Number(req.params.n) : undefined;
    const version = number === undefined ? undefined : getVersion(context.journal, stored.id, number);
    if (!version) throw new NotFound(`The material ${stored.id} has no version ${req.params.n}.`);
    const type = negotiateRecordType(req);
    const latest = Math.max(stored.record.version, version.version);
    sendRecordView(context, req, res, versionView(context, stored.id, version, latest), type);
  });
  return router;
}
