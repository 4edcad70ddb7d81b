import type { Journal } from './Journal.js';

/** A record page for the sitemap: its id and when the catalog last changed it. */
export interface SitemapEntry {
  id: string;
  modified: string;
}

/** Active records in id order, `limit` from `offset`: one sitemap file's worth. */
export function listSitemapEntries(journal: Journal, offset: number, limit: number): SitemapEntry[] {
  return journal.db.prepare("SELECT id, modified FROM materials WHERE status = 'active' ORDER BY id LIMIT ? OFFSET ?").all(limit, offset) as SitemapEntry[];
}
