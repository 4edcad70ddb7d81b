import { SCHEMA } from '../../vocab/index.js';
import { RECORD_FORMATS } from '../records/recordFormats.js';
import type { RecordView } from '../records/RecordView.js';
import type { WebLink } from './WebLink.js';

/** Media types of a record's linkset (RFC 9264 §4.1, §4.2). */
export const LINKSET_TYPES = ['application/linkset+json', 'application/linkset'] as const;

/**
 * The FAIR Signposting links of a record (signposting.org/FAIR, Level 1 and 2; RFC 8288 link relations):
 * `cite-as` the persistent IRI (a version's IRI for a version), `describedby` each machine-readable
 * representation with its `type` (and `profile`), `type` schema.org `AboutPage` and the material's types,
 * `license`, `author` (ORCID iDs only: a Signposting author is a URI), `item` the material's landing page, and
 * `linkset` (both linkset formats). For versions, Memento (RFC 7089 §2.2) `original`/`timegate` and `timemap`;
 * for the record, `version-history` (RFC 5829) to its versions. `maxAuthors` caps the `author` links (a `Link`
 * header of a lesson with a hundred contributors would grow past what proxies accept; the linkset has them all).
 * Pure.
 */
export function recordLinks(view: RecordView, options: { maxAuthors?: number } = {}): WebLink[] {
  const m = view.record.material;
  const links: WebLink[] = [{ href: view.citeAs, rel: 'cite-as' }];
  for (const format of RECORD_FORMATS) {
    if (format.type === 'text/html') continue;
    links.push({ href: `${view.url}?format=${format.format}`, rel: 'describedby', type: format.type, ...(format.profile ? { profile: format.profile } : {}) });
  }
  links.push({ href: SCHEMA.AboutPage, rel: 'type' });
  for (const type of m.types) links.push({ href: SCHEMA[type], rel: 'type' });
  if (m.license) links.push({ href: m.license, rel: 'license' });
  const orcids = m.authors.flatMap((author) => (author.orcid ? [author.orcid] : []));
  for (const orcid of orcids.slice(0, options.maxAuthors ?? orcids.length)) links.push({ href: orcid, rel: 'author' });
  if (/^https?:\/\//.test(m.url)) links.push({ href: m.url, rel: 'item', type: 'text/html' });
  for (const type of LINKSET_TYPES) links.push({ href: `${view.recordUrl}/linkset`, rel: 'linkset', type });
  if (view.state === 'version') {
    links.push({ href: view.recordUrl, rel: 'original timegate' });
    links.push({ href: `${view.recordUrl}/versions`, rel: 'timemap', type: 'application/link-format' });
  } else {
    links.push({ href: `${view.recordUrl}/versions`, rel: 'version-history' });
  }
  return links;
}
