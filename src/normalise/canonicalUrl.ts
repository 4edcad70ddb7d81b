import { normaliseUrl } from './normaliseUrl.js';

/**
 * The identity form of a landing page URL, for recognising one material across sources (DESIGN §3:
 * identity from the "normalised canonical URL"). It is a matching key, not a link to show.
 *
 * From {@link normaliseUrl}'s result: `https:` (sites are served on both, and feeds still list `http://`
 * sites), host lower case without a leading `www.` and without a default port, no query, no fragment,
 * repeated slashes collapsed, a trailing `/index.html` (or `index.htm`) and trailing slashes removed. The path
 * keeps its case. A GitHub Pages site (`https://swcarpentry.github.io/shell-novice`) and its repository
 * (`https://github.com/swcarpentry/shell-novice`) stay distinct: they are different resources.
 *
 * So `http://swcarpentry.github.io/shell-novice/`, `https://swcarpentry.github.io/shell-novice/index.html`
 * and `https://swcarpentry.github.io/shell-novice#top` are all `https://swcarpentry.github.io/shell-novice`.
 */
export function canonicalUrl(value: string): string | undefined {
  const normalised = normaliseUrl(value);
  if (normalised === undefined) return undefined;
  const url = new URL(normalised);
  const host = url.host.replace(/^www\./, '');
  const path = url.pathname
    .replace(/\/{2,}/g, '/')
    .replace(/\/index\.html?$/i, '/')
    .replace(/\/+$/, '');
  return `https://${host}${path}`;
}
