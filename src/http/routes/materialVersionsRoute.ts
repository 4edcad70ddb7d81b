import { Router } from 'express';
import { listVersions } from '../../journal/listVersions.js';
import { versionsPage } from '../../views/versionsPage.js';
import type { AppContext } from '../AppContext.js';
import { NotAcceptable } from '../errors/NotAcceptable.js';
import { negotiate } from '../negotiate.js';
import { lookupRecord } from '../records/lookupRecord.js';
import { recordUrl, versionIri } from '../records/recordViews.js';
import { sendRepresentation } from '../records/sendRepresentation.js';
import { versionsJsonLd, versionsTimeMap, type VersionsLinks } from '../records/versionsDocument.js';

const OFFERED = ['text/html', 'application/ld+json', 'application/json', 'application/link-format'] as const;
const ALIASES: Record<string, string> = { json: 'application/ld+json', jsonld: 'application/ld+json', timemap: 'application/link-format', 'link-format': 'application/link-format' };

/**
 * `GET /materials/{id}/versions`: every version of a record (each change a harvest made) with its date, run and
 * source, as HTML, JSON-LD (`ItemList`) or a Memento TimeMap (RFC 7089 §5). The history of a withdrawn or
 * merged-away record stays listed.
 */
export function materialVersionsRoute(context: AppContext): Router {
  const router = Router();
  router.get('/materials/:id/versions', (req, res) => {
    const stored = lookupRecord(context, req.params.id);
    const format = typeof req.query.format === 'string' ? req.query.format : undefined;
    const type = negotiate(req.get('accept'), OFFERED, format, ALIASES);
    if (!type) throw new NotAcceptable(`The version history is available as ${OFFERED.join(', ')}.`);
    const versions = listVersions(context.journal, stored.id);
    const base = recordUrl(context, stored.id);
    const links: VersionsLinks = {
      recordIri: context.iris.material(stored.id),
      recordUrl: base,
      versionIri: (n) => versionIri(context, stored.id, n),
      versionUrl: (n) => `${base}/versions/${n}`,
      runIri: (runId) => context.iris.run(runId),
      context: context.iris.context,
    };
    let body: string;
    if (type === 'text/html') {
      body = versionsPage({
        catalogTitle: context.config.catalog.title,
        name: stored.record.material.name,
        recordHref: base,
        ...(stored.status === 'active' ? {} : { status: stored.status === 'merged' ? `merged into ${stored.mergedInto ?? 'another record'}` : 'withdrawn' }),
        versions: versions.map((v) => ({ number: v.version, href: links.versionUrl(v.version), created: v.created, name: v.record.material.name, ...(v.sourceId ? { sourceId: v.sourceId } : {}) })),
      });
    } else if (type === 'application/link-format') {
      body = versionsTimeMap(versions, links);
    } else {
      body = JSON.stringify(versionsJsonLd(versions, links));
    }
    res.vary('Accept').set('Access-Control-Allow-Origin', '*').set('Link', `<${base}>; rel="original timegate"`);
    const lastModified = versions.at(-1)?.created ?? stored.record.modified;
    sendRepresentation(req, res, { status: 200, type: type === 'application/json' ? 'application/ld+json' : type, body, lastModified });
  });
  return router;
}
