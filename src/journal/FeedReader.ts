import type Database from 'better-sqlite3';
import { catalogVersionReader } from './catalogVersionReader.js';
import { feedCondition, type SqlCondition } from './feedCondition.js';
import type { FeedEntry } from './FeedEntry.js';
import type { FeedFilter } from './FeedFilter.js';
import type { Journal } from './Journal.js';
import { feedPageQuery, pageOf, type FeedCursor, type FeedPage } from './FeedPage.js';
import type { StoredRecord } from './StoredRecord.js';
import { storedRecordOf, type MaterialRow } from './storedRecordOf.js';

/** Distinct SQL texts kept prepared; the shapes come from the filters' facets and value counts. */
const MAX_STATEMENTS = 128;
/** Filters whose total is kept for the current catalog version. */
const MAX_TOTALS = 1024;

/**
 * Reads feed pages for `GET /materials` (the rules of `FeedPage`: active records matching the filter, id order,
 * keyset cursors), built for serving pages at a large catalog's scale:
 *
 * - `entries` selects only what a JSON-LD or NDJSON page needs (`FeedEntry`: id, stored JSON-LD, created, modified);
 *   `records` reads whole records for the representations that need them (HTML, Turtle, N-Triples);
 * - statements are prepared once per SQL shape (bounded), not on every request;
 * - `hydra:totalItems` (a `count(*)` over every matching record, a scan of up to the whole catalog) is counted once
 *   per filter and catalog version: the catalog changes only when a harvest is applied, which bumps the version.
 */
export class FeedReader {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly totals = new Map<string, number>();
  private totalsVersion = -1;
  private readonly version: () => number;

  constructor(private readonly journal: Journal) {
    this.version = catalogVersionReader(journal);
  }

  /** A page of `FeedEntry`s. */
  entries(filter: FeedFilter, cursor: FeedCursor, limit: number): FeedPage<FeedEntry> {
    return this.page<FeedEntry>('m.id, CAST(m.jsonld AS BLOB) AS jsonld, m.created, m.modified', filter, cursor, limit, (row) => row as FeedEntry);
  }

  /** A page of whole stored records. */
  records(filter: FeedFilter, cursor: FeedCursor, limit: number): FeedPage<StoredRecord> {
    return this.page<StoredRecord>('m.*', filter, cursor, limit, (row) => storedRecordOf(row as MaterialRow));
  }

  private page<R extends { id: string }>(columns: string, filter: FeedFilter, cursor: FeedCursor, limit: number, map: (row: unknown) => R): FeedPage<R> {
    const condition = feedCondition(filter);
    const query = feedPageQuery(columns, condition.sql, cursor);
    const rows = this.statement(query.sql).all(...condition.params, ...query.params, limit + 1);
    const page = pageOf(rows, limit, cursor);
    return { records: page.records.map(map), hasMore: page.hasMore, total: this.total(condition) };
  }

  private total(condition: SqlCondition): number {
    const version = this.version();
    if (version !== this.totalsVersion) {
      this.totals.clear();
      this.totalsVersion = version;
    }
    const key = `${condition.sql}\u0000${JSON.stringify(condition.params)}`;
    let total = this.totals.get(key);
    if (total === undefined) {
      total = (this.statement(`SELECT count(*) FROM materials m WHERE ${condition.sql}`).pluck().get(...condition.params) as number);
      if (this.totals.size >= MAX_TOTALS) this.totals.delete(this.totals.keys().next().value!);
      this.totals.set(key, total);
    }
    return total;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement) {
      // Most recently used last: the first key is the one to drop when full.
      this.statements.delete(sql);
    } else {
      statement = this.journal.db.prepare(sql);
      if (this.statements.size >= MAX_STATEMENTS) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(sql, statement);
    return statement;
  }
}
