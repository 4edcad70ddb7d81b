import { isPlaceholder, normaliseUrl } from '../../src/normalise/index.js';
import { quoted, stringOf } from '../lesson-text/index.js';

/**
 * The lesson's landing page from `config.yaml`'s `url:`, as a site root ending with `/`
 * (`'https://swcarpentry.github.io/shell-novice'` → `https://swcarpentry.github.io/shell-novice/`), so that episode
 * pages are `<site><slug>.html` as sandpaper builds them. A trailing `index.html` is dropped. `undefined` (with a
 * warning when there was a value) for placeholders and values that are not web URLs.
 */
export function lessonSiteUrl(value: unknown, location: string, warnings: string[]): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  if (isPlaceholder(raw)) {
    warnings.push(`${location}: dropped placeholder url ${quoted(raw)}`);
    return undefined;
  }
  const url = normaliseUrl(raw);
  if (url === undefined) {
    warnings.push(`${location}: url ${quoted(raw)} is not a web URL; ignoring it`);
    return undefined;
  }
  return siteRoot(url);
}

/** A URL as the root of its site: no query or fragment, no `index.html`, a trailing `/`. */
export function siteRoot(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  parsed.pathname = parsed.pathname.replace(/\/index\.html?$/i, '/');
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}
