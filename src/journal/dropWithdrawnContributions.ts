import type { Provenance } from '../model/CatalogRecord.js';
import type { Journal } from './Journal.js';

/**
 * Removes a source's contributions that the source itself declared withdrawn (an incremental source such as
 * another FAIRCat's `Delete` activities), by the location each contribution was read from, and returns the ids of
 * the records they belonged to (id → location): their records are then rebuilt from what other sources still say,
 * or withdrawn when nothing is left. Call inside the run's transaction.
 */
export function dropWithdrawnContributions(journal: Journal, sourceId: string, locations: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  if (locations.length === 0) return ids;
  const wanted = new Set(locations);
  const rows = journal.db
    .prepare('SELECT material_id AS id, provenance_json AS provenance FROM contributions WHERE source_id = ?')
    .all(sourceId) as { id: string; provenance: string }[];
  const remove = journal.db.prepare('DELETE FROM contributions WHERE material_id = ? AND source_id = ?');
  for (const row of rows) {
    const { location } = JSON.parse(row.provenance) as Provenance;
    if (!wanted.has(location)) continue;
    remove.run(row.id, sourceId);
    ids.set(row.id, location);
  }
  return ids;
}
