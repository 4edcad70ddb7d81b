import type { WebLink } from './WebLink.js';

/**
 * Writes links as an RFC 8288 §3 `Link` field value (`<target>; rel="…"; type="…"`, comma-separated), or, with
 * `separator: ',\n'`, as an `application/linkset` document (RFC 9264 §4.1, where every link names its
 * `anchor`). Targets are percent-encoded where the field syntax or Latin-1 would break. Pure.
 */
export function formatLinks(links: readonly WebLink[], separator = ', '): string {
  return links
    .map((link) => {
      const parts = [`<${uriReference(link.href)}>`, `rel="${link.rel}"`];
      if (link.anchor) parts.push(`anchor="${uriReference(link.anchor)}"`);
      if (link.type) parts.push(`type="${link.type}"`);
      if (link.profile) parts.push(`profile="${uriReference(link.profile)}"`);
      return parts.join('; ');
    })
    .join(separator);
}

/** Percent-encodes what cannot stand in a URI reference inside `<…>` or a quoted string (RFC 3986 §2.1). */
export function uriReference(iri: string): string {
  return iri.replace(/[^\x21-\x7e]|[<>"\\]/gu, (c) => encodeURIComponent(c));
}
