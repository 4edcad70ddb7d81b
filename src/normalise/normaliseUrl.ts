import { isPlaceholder } from './isPlaceholder.js';

/**
 * Normalises a link to an absolute `http:` or `https:` URL in WHATWG URL serialisation (host lower-cased,
 * default port dropped), after trimming and removing the `<…>` of a Markdown
 * autolink. `http:` stays `http:`: upgrading is a question of identity (see {@link canonicalUrl}).
 *
 * A relative reference (`../episodes/`, `//host/path`) is resolved against `base` when one is given, and is
 * rejected otherwise. Returns undefined for other schemes (`javascript:`, `data:`, `file:`, `mailto:`),
 * for values with inner whitespace (a URL followed by prose), for URLs with credentials, for hosts that cannot be on the web (no dot, except `localhost`;
 * characters no DNS name has), and for
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
  if (!WEB_HOST.test(url.hostname)) return undefined;
  // WHATWG URL leaves some characters in queries and fragments that an IRI may not hold (RFC 3987 §2.2,
  // N-Triples IRIREF): percent-encode them, so every URL FAIRCat stores can be written as an IRI.
  return url.href.replace(/[{}|^`\\"<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A host on the web: DNS labels of letters, digits and hyphens (internationalised names arrive as punycode
 * `xn--…`), an IPv4 address, or a bracketed IPv6 address. WHATWG URL accepts more (`a\`b.org`, `{x}.org`), which no
 * site can be reached at.
 */
const WEB_HOST = /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?|\[[0-9a-f:.]+\])$/i;
