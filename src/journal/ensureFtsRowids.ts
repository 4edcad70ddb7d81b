import type { Journal } from './Journal.js';

const STAMP = '1';

/**
 * Gives every full-text row the rowid of its record in `materials` (once per journal), so that the harvest
 * updates one record's row by rowid instead of scanning the whole FTS5 table for its `id` (an UNINDEXED
 * column: a delete by id reads every row, which made storing a large source quadratic). Journals written before
 * are re-indexed in one transaction; a no-op afterwards.
 */
export function ensureFtsRowids(journal: Journal): void {
  if (journal.meta('fts_rowids') === STAMP) return;
  journal.transaction(() => {
    journal.db.exec(`
      DELETE FROM materials_fts;
      INSERT INTO materials_fts (rowid, id, name, description, keywords)
        SELECT m.rowid, m.id, m.name, coalesce(json_extract(m.record_json, '$.material.description'), ''),
               coalesce((SELECT group_concat(k.value, ' ') FROM json_each(m.record_json, '$.material.keywords') k), '')
        FROM materials m WHERE m.status = 'active';
    `);
    journal.setMeta('fts_rowids', STAMP);
  });
}
