import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { CatalogRecord } from '../model/CatalogRecord.js';
import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import type { RecordSerialiser } from '../model/RecordSerialiser.js';
import { SCHEMA_SQL } from './schema.js';
import { storedRecordOf, type MaterialRow } from './storedRecordOf.js';
import type { StoredRecord } from './StoredRecord.js';

/**
 * The record journal: a SQLite database (WAL) that is the catalog's source of truth (DESIGN §7). It keeps
 * records with their serialisations, identity keys, per-source contributions, versions, the change log and
 * harvest runs. Writes happen only through `applySourceRun` inside one transaction, so a crash leaves the
 * last committed state.
 */
export class Journal {
  readonly db: Database.Database;

  private constructor(db: Database.Database, readonly serialiser: RecordSerialiser) {
    this.db = db;
  }

  /** Opens (creating if needed) the journal at `path`; `:memory:` for tests. */
  static open(path: string, serialiser: RecordSerialiser): Journal {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.exec(SCHEMA_SQL);
    const journal = new Journal(db, serialiser);
    journal.reserialiseIfIrisChanged();
    return journal;
  }

  close(): void {
    this.db.close();
  }

  /** Runs `fn` in one SQLite transaction (all or nothing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Increases with every applied change; part of every ETag. */
  catalogVersion(): number {
    return Number(this.meta('catalog_version') ?? 0);
  }

  bumpCatalogVersion(): void {
    this.setMeta('catalog_version', String(this.catalogVersion() + 1));
  }

  meta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  countActive(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM materials WHERE status = 'active'").get() as { n: number }).n;
  }

  /** The stored record with this id, whatever its status. */
  get(id: string): StoredRecord | undefined {
    const row = this.db.prepare('SELECT * FROM materials WHERE id = ?').get(id) as MaterialRow | undefined;
    return row && storedRecordOf(row);
  }

  /** The N-Quads of every active record, for (re)building the graph index. */
  activeNquads(): string[] {
    const rows = this.db.prepare("SELECT nquads FROM materials WHERE status = 'active' ORDER BY id").raw().all() as [string][];
    return rows.map((row) => row[0]);
  }

  /** Active records in id order after `afterId`: the keyset paging of feeds. */
  listActive(options: { afterId?: string; limit: number }): StoredRecord[] {
    const rows = this.db
      .prepare("SELECT * FROM materials WHERE status = 'active' AND id > ? ORDER BY id LIMIT ?")
      .all(options.afterId ?? '', options.limit) as MaterialRow[];
    return rows.map(storedRecordOf);
  }

  /** Active records in id order before `beforeId` (the page before a cursor), returned in ascending order. */
  listActiveBefore(options: { beforeId: string; limit: number }): StoredRecord[] {
    const rows = this.db
      .prepare("SELECT * FROM materials WHERE status = 'active' AND id < ? ORDER BY id DESC LIMIT ?")
      .all(options.beforeId, options.limit) as MaterialRow[];
    return rows.reverse().map(storedRecordOf);
  }

  /**
   * Full-text search over active records' name, description and keywords (SQLite FTS5, Porter stemming),
   * best matches first. Any user text is safe: it is reduced to word tokens, each a prefix query, all required.
   */
  search(text: string, options: { limit: number; offset: number }): { total: number; records: StoredRecord[] } {
    const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (tokens.length === 0) {
      return { total: this.countActive(), records: this.db.prepare("SELECT * FROM materials WHERE status = 'active' ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?").all(options.limit, options.offset).map((row) => storedRecordOf(row as MaterialRow)) };
    }
    const match = tokens.map((token) => `"${token}"*`).join(' ');
    const total = (this.db.prepare('SELECT count(*) AS n FROM materials_fts WHERE materials_fts MATCH ?').get(match) as { n: number }).n;
    const rows = this.db
      .prepare('SELECT m.* FROM materials_fts f JOIN materials m ON m.id = f.id WHERE materials_fts MATCH ? ORDER BY bm25(materials_fts, 0, 10, 2, 5), m.id LIMIT ? OFFSET ?')
      .all(match, options.limit, options.offset) as MaterialRow[];
    return { total, records: rows.map(storedRecordOf) };
  }

  /** Record id that one of these identity keys already points to, strongest key first. */
  idForKeys(keys: readonly string[]): string | undefined {
    const statement = this.db.prepare('SELECT material_id FROM identity_keys WHERE key = ?');
    for (const key of keys) {
      const row = statement.get(key) as { material_id: string } | undefined;
      if (row) return row.material_id;
    }
    return undefined;
  }

  saveRun(report: HarvestRunReport): void {
    this.db
      .prepare(
        `INSERT INTO harvest_runs (id, source_id, status, started_at, finished_at, report_json) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET status = excluded.status, finished_at = excluded.finished_at, report_json = excluded.report_json`,
      )
      .run(report.runId, report.sourceId, report.status, report.startedAt, report.finishedAt, JSON.stringify(report));
  }

  getRun(runId: string): HarvestRunReport | undefined {
    const row = this.db.prepare('SELECT report_json FROM harvest_runs WHERE id = ?').get(runId) as { report_json: string } | undefined;
    return row && (JSON.parse(row.report_json) as HarvestRunReport);
  }

  /** Runs newest first, optionally of one source. */
  listRuns(options: { sourceId?: string; limit: number }): HarvestRunReport[] {
    const rows = (
      options.sourceId
        ? this.db.prepare('SELECT report_json FROM harvest_runs WHERE source_id = ? ORDER BY started_at DESC, id DESC LIMIT ?').all(options.sourceId, options.limit)
        : this.db.prepare('SELECT report_json FROM harvest_runs ORDER BY started_at DESC, id DESC LIMIT ?').all(options.limit)
    ) as { report_json: string }[];
    return rows.map((row) => JSON.parse(row.report_json) as HarvestRunReport);
  }

  /** Serialises a record with the journal's serialiser (the same one `applySourceRun` stores with). */
  serialise(record: CatalogRecord): { nquads: string; jsonld: string } {
    return { nquads: this.serialiser.nquads(record), jsonld: this.serialiser.jsonld(record) };
  }

  /**
   * Stored serialisations embed the PID base and base URL. When the config changes them, every record is
   * serialised again at open, in one transaction.
   */
  private reserialiseIfIrisChanged(): void {
    const stamp = `${this.serialiser.iris.pidBase} ${this.serialiser.iris.baseUrl}`;
    if (this.meta('iris') === stamp) return;
    this.transaction(() => {
      const update = this.db.prepare('UPDATE materials SET nquads = ?, jsonld = ? WHERE id = ?');
      for (const row of this.db.prepare('SELECT id, record_json FROM materials').all() as { id: string; record_json: string }[]) {
        const { nquads, jsonld } = this.serialise(JSON.parse(row.record_json) as CatalogRecord);
        update.run(nquads, jsonld, row.id);
      }
      this.setMeta('iris', stamp);
    });
  }
}
