/**
 * Evaluates `If-None-Match` and `If-Modified-Since` for a GET or HEAD whose answer would be 2xx (RFC 9110
 * §13.2.2, steps 3 and 4): `If-None-Match` decides when present (weak comparison, `*` matches any current
 * representation, §13.1.2); only without it does `If-Modified-Since` count (§13.1.3: not modified when the
 * representation's `Last-Modified` is not later than the date). An origin server evaluates them whatever
 * `Cache-Control` the request carries (that directive is for caches, RFC 9111 §5.2.1.4). Pure.
 */
export function isNotModified(headers: { ifNoneMatch?: string; ifModifiedSince?: string }, etag: string, lastModified: Date | undefined): boolean {
  if (headers.ifNoneMatch !== undefined) {
    const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
    const tags = headers.ifNoneMatch.split(',').map((tag) => tag.trim()).filter(Boolean);
    return tags.includes('*') || tags.some((tag) => opaque(tag) === opaque(etag));
  }
  if (headers.ifModifiedSince !== undefined && lastModified !== undefined) {
    const since = Date.parse(headers.ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  return false;
}
