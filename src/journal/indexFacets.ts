import type { CatalogRecord } from '../model/CatalogRecord.js';
import { facetValues } from './facetValues.js';
import type { Journal } from './Journal.js';

const INDEX_VERSION = '1';

/**
 * Brings the feed's facet index (`material_facets`) in step with the stored record `id`: its facet values when it
 * is active, none otherwise. `applySourceRun` calls it for every record whose graph changed, inside its
 * transaction, so the index never disagrees with the records.
 */
export function indexFacets(journal: Journal, id: string): void {
  const db = journal.db;
  db.prepare('DELETE FROM material_facets WHERE material_id = ?').run(id);
  const row = db.prepare("SELECT record_json FROM materials WHERE id = ? AND status = 'active'").get(id) as { record_json: string } | undefined;
  if (!row) return;
  const insert = db.prepare('INSERT OR IGNORE INTO material_facets (facet, value, material_id) VALUES (?, ?, ?)');
  for (const { facet, value } of facetValues(JSON.parse(row.record_json) as CatalogRecord)) insert.run(facet, value, id);
}

/**
 * Fills the facet index for every active record once, for journals written before the index existed (or by a
 * build whose facet normalisation differed). Idempotent; a no-op when the index is current.
 */
export function ensureFacetIndex(journal: Journal): void {
  if (journal.meta('facet_index') === INDEX_VERSION) return;
  journal.transaction(() => {
    journal.db.prepare('DELETE FROM material_facets').run();
    const ids = journal.db.prepare("SELECT id FROM materials WHERE status = 'active'").raw().all() as [string][];
    for (const [id] of ids) indexFacets(journal, id);
    journal.setMeta('facet_index', INDEX_VERSION);
  });
}
