import { isPlaceholder } from './isPlaceholder.js';

/**
 * Normalises a link to an absolute `http:` or `https:` URL in WHATWG URL serialisation (host lower-cased,
 * default port dropped), after trimming and removing the `<…>` of a Markdown
 * autolink. `http:` stays `http:`: upgrading is a question of identity (see {@link canonicalUrl}).
 *
 * A relative reference (`../episodes/`, `//host/path`) is resolved against `base` when one is given, and is
 * rejected otherwise. Returns undefined for other schemes (`javascript:`, `data:`, `file:`, `mailto:`),
 * for values with inner whitespace (a URL followed by prose), for URLs with credentials, for hosts that cannot be on the web (no dot, except `localhost`), and for
 * placeholders (`FIXME`, `<USERNAME>`, `{{ site.url }}`). Reserved example domains are kept: see
 * {@link isExampleUrl}.
 */
export function normaliseUrl(value: string, base?: string): string | undefined {
  const text = value.trim().replace(/^<(.*)>$/s, '$1').trim();
  if (text === '' || /\s/.test(text) || isPlaceholder(text)) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('[')) return undefined;
  return url.href;
}
