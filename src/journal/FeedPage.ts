import type { StoredRecord } from './StoredRecord.js';

/** A keyset position in the feed: records strictly after (or before) this id. */
export type FeedCursor = { after: string } | { before: string } | undefined;

/**
 * One page of the feed (read by `FeedReader`): active records matching a filter, in id order, after or before a
 * cursor (keyset paging). The order is the record id, which never changes, so a harvest writing between two page
 * fetches never makes a consumer skip or repeat a record that stays in the catalog. Served from the journal's indexes
 * (`facet_postings`, `materials_fts`, `materials_modified`), never from SPARQL (DESIGN §7). Its records are whole
 * `StoredRecord`s, or lighter rows such as `FeedEntry`.
 */
export interface FeedPage<R extends { id: string } = StoredRecord> {
  records: R[];
  /** Whether records exist beyond the page in the direction read. */
  hasMore: boolean;
  /** How many records match the filter. */
  total: number;
}

/** The page query for the columns `columns` under `condition`, after or before `cursor`, limited by a last `?`. Pure. */
export function feedPageQuery(columns: string, condition: string, cursor: FeedCursor): { sql: string; params: string[] } {
  const backwards = cursor !== undefined && 'before' in cursor;
  const keyset = cursor === undefined ? '' : backwards ? ' AND m.id < ?' : ' AND m.id > ?';
  return {
    sql: `SELECT ${columns} FROM materials m WHERE ${condition}${keyset} ORDER BY m.id ${backwards ? 'DESC' : 'ASC'} LIMIT ?`,
    params: cursor === undefined ? [] : ['before' in cursor ? cursor.before : cursor.after],
  };
}

/** Cuts the `limit + 1` rows read for a page to the page, in ascending id order, and says whether more exist. Pure. */
export function pageOf<R>(rows: R[], limit: number, cursor: FeedCursor): { records: R[]; hasMore: boolean } {
  const records = rows.slice(0, limit);
  if (cursor !== undefined && 'before' in cursor) records.reverse();
  return { records, hasMore: rows.length > limit };
}
