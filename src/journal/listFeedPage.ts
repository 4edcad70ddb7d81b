import type { StoredRecord } from './StoredRecord.js';
import type { FeedFilter } from './FeedFilter.js';
import type { Journal } from './Journal.js';
import { FACETS } from './facetValues.js';
import { ftsMatch } from './ftsMatch.js';
import { storedRecordOf, type MaterialRow } from './storedRecordOf.js';

/** A keyset position in the feed: records strictly after (or before) this id. */
export type FeedCursor = { after: string } | { before: string } | undefined;

export interface FeedPage {
  records: StoredRecord[];
  /** Whether records exist beyond the page in the direction read. */
  hasMore: boolean;
  /** How many records match the filter. */
  total: number;
}

/**
 * One page of the feed: active records matching `filter`, in id order, after or before a cursor (keyset paging).
 * The order is the record id, which never changes, so a harvest writing between two page fetches never makes a
 * consumer skip or repeat a record that stays in the catalog. Served from the journal's indexes
 * (`material_facets`, `materials_fts`, `materials_modified`), never from SPARQL (DESIGN §7).
 */
export function listFeedPage(journal: Journal, filter: FeedFilter, cursor: FeedCursor, limit: number): FeedPage {
  const where: string[] = ["m.status = 'active'"];
  const params: unknown[] = [];
  for (const facet of FACETS) {
    const values = filter.facets[facet];
    if (!values || values.length === 0) continue;
    where.push(`m.id IN (SELECT material_id FROM material_facets WHERE facet = ? AND value IN (${values.map(() => '?').join(', ')}))`);
    params.push(facet, ...values);
  }
  if (filter.modifiedSince !== undefined) {
    where.push('m.modified >= ?');
    params.push(filter.modifiedSince);
  }
  const match = filter.text === undefined ? undefined : ftsMatch(filter.text);
  if (match !== undefined) {
    where.push('m.id IN (SELECT id FROM materials_fts WHERE materials_fts MATCH ?)');
    params.push(match);
  }
  const condition = where.join(' AND ');
  const total = (journal.db.prepare(`SELECT count(*) AS n FROM materials m WHERE ${condition}`).get(...params) as { n: number }).n;
  const backwards = cursor !== undefined && 'before' in cursor;
  const keyset = cursor === undefined ? '' : backwards ? ' AND m.id < ?' : ' AND m.id > ?';
  const keysetParams = cursor === undefined ? [] : ['before' in cursor ? cursor.before : cursor.after];
  const rows = journal.db
    .prepare(`SELECT m.* FROM materials m WHERE ${condition}${keyset} ORDER BY m.id ${backwards ? 'DESC' : 'ASC'} LIMIT ?`)
    .all(...params, ...keysetParams, limit + 1) as MaterialRow[];
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  return { records: page.map(storedRecordOf), hasMore, total };
}
