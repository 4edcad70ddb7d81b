import type { Journal } from './Journal.js';

/** The position an incremental source's last applied run ended at, or `undefined` before its first. */
export function readSourceCursor(journal: Journal, sourceId: string): string | undefined {
  const row = journal.db.prepare('SELECT position FROM source_cursors WHERE source_id = ?').get(sourceId) as { position: string } | undefined;
  return row?.position;
}

/**
 * Stores where an incremental source's run ended. `applySourceRun` calls it inside the run's transaction, so the
 * position moves exactly when the run's changes are committed (DESIGN §6 crash safety).
 */
export function saveSourceCursor(journal: Journal, sourceId: string, position: string): void {
  journal.db
    .prepare('INSERT INTO source_cursors (source_id, position, updated) VALUES (?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET position = excluded.position, updated = excluded.updated')
    .run(sourceId, position, new Date().toISOString());
}
