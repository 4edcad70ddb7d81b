import type { RecordView } from '../records/RecordView.js';
import { recordLinks } from './recordLinks.js';
import type { WebLink } from './WebLink.js';

/**
 * The linkset of a record (FAIR Signposting Level 2): every link of the record anchored at its landing page,
 * plus, anchored at each metadata representation, `describes` back to the landing page and its `cite-as`.
 * Pure.
 */
export function recordLinkset(view: RecordView): WebLink[] {
  const links = recordLinks(view).map((link) => ({ ...link, anchor: view.url }));
  const metadata = links.filter((link) => link.rel === 'describedby');
  for (const target of metadata) {
    links.push({ href: view.url, rel: 'describes', type: 'text/html', anchor: target.href });
    links.push({ href: view.citeAs, rel: 'cite-as', anchor: target.href });
  }
  return links;
}
