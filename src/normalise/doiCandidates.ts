import { isPlaceholder } from './isPlaceholder.js';

/**
 * A DOI as the DOI Handbook §2.2 defines it: the directory indicator `10.`, a registrant code (digits, maybe
 * subdivided by dots), `/`, and a suffix. The suffix stops at whitespace, quotes, angle and square brackets,
 * and `?`/`#` (a URL's query or fragment).
 */
const DOI_IN_TEXT = /\b10\.\d{4,9}(?:\.\d+)*\/[^\s"'<>[\]{}|\\^`?#]+/g;

/** Hosts whose URLs carry a DOI as their path. */
const RESOLVERS: ReadonlySet<string> = new Set(['doi.org', 'dx.doi.org', 'hdl.handle.net']);

/** Drops sentence punctuation and unbalanced closing parentheses after a DOI: '(doi:10.1/x).' → '10.1/x'. */
function trimTrailing(doi: string): string {
  let result = doi;
  for (;;) {
    const before = result;
    result = result.replace(/[.,;:!]+$/, '');
    if (result.endsWith(')') && count(result, '(') < count(result, ')')) result = result.slice(0, -1);
    if (result === before) return result;
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** True when the DOI at `index` sits in a URL that does not present it as a DOI (e.g. a plain path). */
function inForeignUrl(text: string, index: number): boolean {
  const token = /\S*$/.exec(text.slice(0, index))?.[0] ?? '';
  const urlStart = token.search(/https?:\/\//i);
  if (urlStart < 0) return false;
  const url = token.slice(urlStart);
  const host = /^https?:\/\/([^/?#]+)/i.exec(url)?.[1]?.toLowerCase().replace(/^www\./, '') ?? '';
  if (RESOLVERS.has(host)) return false;
  // Publisher and repository URLs that name the DOI: /doi/10.…, /badge/DOI/10.…, ?doi=10.…
  return !/[/?&=]doi[/=]/i.test(url.slice(url.indexOf(host) + host.length));
}

/**
 * Every DOI in a text, in order of appearance, as a bare lower-case DOI (`10.5281/zenodo.3266823`);
 * DOIs are case-insensitive (DOI Handbook §2.4), so lower case is their identity form. Reads `doi:` prefixes,
 * resolver URLs (`http://doi.org/…`, `https://dx.doi.org/…`), `%2F`-encoded slashes, and DOIs inside prose;
 * drops trailing punctuation. Zenodo DOIs are cut to `10.5281/zenodo.<digits>` (badge URLs add `.svg`), and a
 * Zenodo DOI without digits, like any DOI with placeholder text (`10.1234/zenodo.xxxxx`), is dropped.
 * May contain duplicates.
 */
export function doiCandidates(text: string): string[] {
  const decoded = text.replace(/%2F/gi, '/');
  const dois: string[] = [];
  for (const match of decoded.matchAll(DOI_IN_TEXT)) {
    if (inForeignUrl(decoded, match.index)) continue;
    let doi = trimTrailing(match[0]);
    try {
      doi = decodeURIComponent(doi);
    } catch {
      // not percent-encoded after all; keep it as written
    }
    doi = doi.toLowerCase();
    const slash = doi.indexOf('/');
    const prefix = doi.slice(0, slash);
    let suffix = doi.slice(slash + 1);
    if (prefix === '10.5281' && suffix.startsWith('zenodo')) {
      const record = /^zenodo\.\d+/.exec(suffix)?.[0];
      if (record === undefined) continue;
      suffix = record;
    }
    if (suffix === '' || isPlaceholder(suffix)) continue;
    dois.push(`${prefix}/${suffix}`);
  }
  return dois;
}
