import type { StoredRecord } from './StoredRecord.js';
import type { FeedFilter } from './FeedFilter.js';
import type { Journal } from './Journal.js';
import { feedCondition } from './feedCondition.js';
import { storedRecordOf, type MaterialRow } from './storedRecordOf.js';

/** A keyset position in the feed: records strictly after (or before) this id. */
export type FeedCursor = { after: string } | { before: string } | undefined;

/** One page of the feed: its records (whole `StoredRecord`s, or lighter rows such as `FeedEntry`). */
export interface FeedPage<R extends { id: string } = StoredRecord> {
  records: R[];
  /** Whether records exist beyond the page in the direction read. */
  hasMore: boolean;
  /** How many records match the filter. */
  total: number;
}

/**
 * One page of the feed: active records matching `filter`, in id order, after or before a cursor (keyset paging).
 * The order is the record id, which never changes, so a harvest writing between two page fetches never makes a
 * consumer skip or repeat a record that stays in the catalog. Served from the journal's indexes
 * (`facet_postings`, `materials_fts`, `materials_modified`), never from SPARQL (DESIGN §7). The routes use
 * `FeedReader`, which does the same with prepared statements, a count kept per catalog version and only the columns
 * a representation needs.
 */
export function listFeedPage(journal: Journal, filter: FeedFilter, cursor: FeedCursor, limit: number): FeedPage {
  const condition = feedCondition(filter);
  const total = (journal.db.prepare(`SELECT count(*) AS n FROM materials m WHERE ${condition.sql}`).get(...condition.params) as { n: number }).n;
  const query = feedPageQuery('m.*', condition.sql, cursor);
  const rows = journal.db.prepare(query.sql).all(...condition.params, ...query.params, limit + 1) as MaterialRow[];
  const page = pageOf(rows, limit, cursor);
  return { records: page.records.map(storedRecordOf), hasMore: page.hasMore, total };
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
