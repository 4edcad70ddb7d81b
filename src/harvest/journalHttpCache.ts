import { deleteHttpCacheEntry, getHttpCacheEntry, putHttpCacheEntry } from '../journal/httpCacheEntries.js';
import type { Journal } from '../journal/Journal.js';
import type { HttpCache } from './HttpCache.js';

/** An `HttpCache` in the journal's `http_cache` table: conditional requests work across runs and restarts. */
export function journalHttpCache(journal: Journal, now: () => Date = () => new Date()): HttpCache {
  return {
    get: (url) => getHttpCacheEntry(journal, url),
    put: (url, response) => putHttpCacheEntry(journal, { url, ...response, storedAt: now().toISOString() }),
    delete: (url) => deleteHttpCacheEntry(journal, url),
  };
}
