import type { CatalogRecord } from '../model/CatalogRecord.js';
import type { Journal } from './Journal.js';

/** An item as the OAI-PMH provider exposes it: a record, or the header of a deleted (withdrawn or merged) one. */
export interface OaiItem {
  id: string;
  deleted: boolean;
  /** When the catalog last changed it (for a deleted record: when it was withdrawn or merged). */
  modified: string;
  provider: string;
  record: CatalogRecord;
  nquads: string;
}

/** What a list request selects: a provider (set), a time window on `modified`, after an id. */
export interface OaiItemQuery {
  /** Only this provider's records; every provider when undefined. */
  provider?: string;
  /** Inclusive lower bound (ISO). */
  fromIso?: string;
  /** Exclusive upper bound (ISO). */
  untilIso?: string;
}

interface OaiRow {
  id: string;
  status: string;
  modified: string;
  provider: string;
  record_json: string;
  nquads: string;
}

/** Records ever published: active ones and the tombstones of withdrawn or merged ones (never the unwritten placeholders). */
const PUBLISHED = "(status = 'active' OR hash != '')";

function where(query: OaiItemQuery): { sql: string; params: unknown[] } {
  const parts = [PUBLISHED];
  const params: unknown[] = [];
  if (query.provider !== undefined) {
    parts.push('provider = ?');
    params.push(query.provider);
  }
  if (query.fromIso !== undefined) {
    parts.push('modified >= ?');
    params.push(query.fromIso);
  }
  if (query.untilIso !== undefined) {
    parts.push('modified < ?');
    params.push(query.untilIso);
  }
  return { sql: parts.join(' AND '), params };
}

function toItem(row: OaiRow): OaiItem {
  return { id: row.id, deleted: row.status !== 'active', modified: row.modified, provider: row.provider, record: JSON.parse(row.record_json) as CatalogRecord, nquads: row.nquads };
}

/**
 * Items in id order after `after` (keyset paging for resumption tokens, OAI-PMH 2.0 §3.5), with deleted records kept
 * as such forever (`deletedRecord` persistent, §2.5.1).
 */
export function listOaiItems(journal: Journal, query: OaiItemQuery, after: string, limit: number): OaiItem[] {
  const { sql, params } = where(query);
  const rows = journal.db.prepare(`SELECT id, status, modified, provider, record_json, nquads FROM materials WHERE ${sql} AND id > ? ORDER BY id LIMIT ?`).all(...params, after, limit) as OaiRow[];
  return rows.map(toItem);
}

/** How many items the selection holds (the `completeListSize` of a resumption token). */
export function countOaiItems(journal: Journal, query: OaiItemQuery): number {
  const { sql, params } = where(query);
  return (journal.db.prepare(`SELECT count(*) AS n FROM materials WHERE ${sql}`).get(...params) as { n: number }).n;
}

/** One published item by id, or `undefined`. */
export function getOaiItem(journal: Journal, id: string): OaiItem | undefined {
  const row = journal.db.prepare(`SELECT id, status, modified, provider, record_json, nquads FROM materials WHERE id = ? AND ${PUBLISHED}`).get(id) as OaiRow | undefined;
  return row && toItem(row);
}

/** The oldest `modified` of any published item (Identify's `earliestDatestamp`), or `undefined` for an empty catalog. */
export function earliestModified(journal: Journal): string | undefined {
  return (journal.db.prepare(`SELECT min(modified) AS m FROM materials WHERE ${PUBLISHED}`).get() as { m: string | null }).m ?? undefined;
}

/** Provider ids that have published items. */
export function publishedProviders(journal: Journal): string[] {
  return (journal.db.prepare(`SELECT DISTINCT provider FROM materials WHERE ${PUBLISHED} ORDER BY provider`).raw().all() as [string][]).map(([id]) => id);
}
