import type { Journal } from './Journal.js';

/** What the journal keeps of a harvested URL for conditional requests (RFC 9110 §8.8, §13.1). */
export interface HttpCacheEntry {
  url: string;
  etag?: string;
  lastModified?: string;
  body: Uint8Array;
  storedAt: string;
}

interface Row {
  url: string;
  etag: string | null;
  last_modified: string | null;
  body: Buffer;
  stored_at: string;
}

/** The cached validators and body of a URL, if any. */
export function getHttpCacheEntry(journal: Journal, url: string): HttpCacheEntry | undefined {
  const row = journal.db.prepare('SELECT * FROM http_cache WHERE url = ?').get(url) as Row | undefined;
  if (!row) return undefined;
  return {
    url: row.url,
    body: new Uint8Array(row.body),
    storedAt: row.stored_at,
    ...(row.etag === null ? {} : { etag: row.etag }),
    ...(row.last_modified === null ? {} : { lastModified: row.last_modified }),
  };
}

/** Stores (or replaces) the validators and body of a URL. */
export function putHttpCacheEntry(journal: Journal, entry: HttpCacheEntry): void {
  journal.db
    .prepare(
      `INSERT INTO http_cache (url, etag, last_modified, body, stored_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, body = excluded.body, stored_at = excluded.stored_at`,
    )
    .run(entry.url, entry.etag ?? null, entry.lastModified ?? null, Buffer.from(entry.body), entry.storedAt);
}

/** Forgets a URL (it is gone, or answered without validators). */
export function deleteHttpCacheEntry(journal: Journal, url: string): void {
  journal.db.prepare('DELETE FROM http_cache WHERE url = ?').run(url);
}
