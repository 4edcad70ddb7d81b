/**
 * The key of a cacheable request: its path and query string exactly as sent, and the `Accept` header that its
 * representation was negotiated with (every cached route answers `Vary: Accept`), whitespace and case normalised.
 * HEAD shares GET's entry (RFC 9110 §9.3.2: the same headers). Pure.
 */
export function cacheKey(url: string, accept: string | undefined): string {
  return `${url}\n${(accept ?? '').replace(/\s+/g, '').toLowerCase()}`;
}
