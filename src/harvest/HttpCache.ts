/** Validators and body of a URL fetched before (RFC 9110 §8.8: ETag, Last-Modified). */
export interface CachedResponse {
  etag?: string;
  lastModified?: string;
  body: Uint8Array;
}

/**
 * Where `fetchWithPolicy` keeps validators for conditional requests. The journal-backed one
 * (`journalHttpCache`) survives restarts, so a source that did not change answers `304 Not Modified`.
 */
export interface HttpCache {
  get(url: string): CachedResponse | undefined;
  put(url: string, response: CachedResponse): void;
  delete(url: string): void;
}
