import type Database from 'better-sqlite3';
import type { CatalogRecord } from '../model/CatalogRecord.js';
import { facetValues } from './facetValues.js';
import type { Journal } from './Journal.js';

const INDEX_VERSION = '2';

/**
 * Brings the feed's facet index (`facet_postings`) in step with the stored record `id`: its facet values when it
 * is active, none otherwise. `applySourceRun` calls it for every record whose graph changed, inside its
 * transaction, so the index never disagrees with the records. `fresh`: the record was first written in this
 * transaction (no rows to remove).
 */
export function indexFacets(journal: Journal, id: string, activeRecord?: CatalogRecord, options: { fresh?: boolean } = {}): void {
  const s = statementsOf(journal.db);
  const rowid = s.rowid.get(id) as number | undefined;
  if (rowid === undefined) return;
  // A record written for the first time has no rows to remove.
  if (!options.fresh) s.remove.run(rowid);
  // A caller that has just written the active record passes it (the harvest, for thousands of records per run).
  const record = activeRecord ?? (() => {
    const row = s.active.get(id) as { record_json: string } | undefined;
    return row && (JSON.parse(row.record_json) as CatalogRecord);
  })();
  if (!record) return;
  for (const { facet, value } of facetValues(record)) s.insert.run(facet, value, rowid);
}

/** The statements of `indexFacets`, prepared once per database connection (preparing dominated its cost). */
const prepared = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function statementsOf(db: Database.Database): ReturnType<typeof prepare> {
  let statements = prepared.get(db);
  if (!statements) {
    statements = prepare(db);
    prepared.set(db, statements);
  }
  return statements;
}

function prepare(db: Database.Database) {
  return {
    rowid: db.prepare('SELECT rowid FROM materials WHERE id = ?').pluck(),
    remove: db.prepare('DELETE FROM facet_postings WHERE material_rowid = ?'),
    active: db.prepare("SELECT record_json FROM materials WHERE id = ? AND status = 'active'"),
    insert: db.prepare('INSERT OR IGNORE INTO facet_postings (facet, value, material_rowid) VALUES (?, ?, ?)'),
  };
}

/**
 * Fills the facet index for every active record once, for journals written before the index existed (or by a
 * build whose facet normalisation or layout differed: version 1 was `material_facets`, keyed by record id, which is
 * dropped). Idempotent; a no-op when the index is current.
 */
export function ensureFacetIndex(journal: Journal): void {
  if (journal.meta('facet_index') === INDEX_VERSION) return;
  journal.transaction(() => {
    journal.db.exec('DROP TABLE IF EXISTS material_facets');
    journal.db.prepare('DELETE FROM facet_postings').run();
    const ids = journal.db.prepare("SELECT id FROM materials WHERE status = 'active'").raw().all() as [string][];
    for (const [id] of ids) indexFacets(journal, id);
    journal.setMeta('facet_index', INDEX_VERSION);
  });
}
