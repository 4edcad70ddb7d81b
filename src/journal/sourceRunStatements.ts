import type Database from 'better-sqlite3';

/**
 * The statements `applySourceRun` runs per item, prepared once per run rather than once per call (preparing
 * dominated the cost of storing a material).
 */
export function sourceRunStatements(db: Database.Database) {
  return {
    keyOwner: db.prepare('SELECT m.id, m.status, m.hash, m.created FROM identity_keys k JOIN materials m ON m.id = k.material_id WHERE k.key = ?'),
    recordState: db.prepare('SELECT id, status, hash, created FROM materials WHERE id = ?'),
    recordVersion: db.prepare('SELECT status, hash, version, created FROM materials WHERE id = ?'),
    idTaken: db.prepare('SELECT 1 FROM identity_keys WHERE material_id = ? AND key != ? UNION ALL SELECT 1 FROM materials WHERE id = ? AND hash != \'\''),
    insertKey: db.prepare('INSERT OR IGNORE INTO identity_keys (key, material_id) VALUES (?, ?)'),
    /** A record new to the catalog, written once (version 1). */
    insertRecord: db.prepare(
      `INSERT INTO materials (id, status, provider, name, record_json, nquads, jsonld, hash, version, created, modified, seq)
       VALUES (?, 'active', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    ),
    sourceRecords: db.prepare(
      "SELECT c.material_id AS id, c.missing_runs AS missing, c.provenance_json AS provenance FROM contributions c JOIN materials m ON m.id = c.material_id WHERE c.source_id = ? AND m.status = 'active'",
    ),
    contribution: db.prepare('SELECT hash, missing_runs FROM contributions WHERE material_id = ? AND source_id = ?'),
    contributionsOf: db.prepare('SELECT source_id, material_json, provenance_json, missing_runs FROM contributions WHERE material_id = ?'),
    upsertContribution: db.prepare(
      `INSERT INTO contributions (material_id, source_id, material_json, hash, provenance_json, missing_runs) VALUES (?, ?, ?, ?, ?, 0)
       ON CONFLICT (material_id, source_id) DO UPDATE SET material_json = excluded.material_json, hash = excluded.hash, provenance_json = excluded.provenance_json, missing_runs = 0`,
    ),
    resetMissing: db.prepare('UPDATE contributions SET missing_runs = 0 WHERE material_id = ? AND source_id = ?'),
    setMissing: db.prepare('UPDATE contributions SET missing_runs = ? WHERE material_id = ? AND source_id = ?'),
    deleteContribution: db.prepare('DELETE FROM contributions WHERE material_id = ? AND source_id = ?'),
    withdraw: db.prepare("UPDATE materials SET status = 'withdrawn', withdrawn_at = ?, withdrawn_reason = ?, modified = ?, seq = ? WHERE id = ?"),
    writeRecord: db.prepare(
      `UPDATE materials SET status = 'active', provider = ?, name = ?, record_json = ?, nquads = ?, jsonld = ?, hash = ?, version = ?, created = ?, modified = ?,
         withdrawn_at = NULL, withdrawn_reason = NULL, merged_into = NULL, seq = ? WHERE id = ?`,
    ),
    insertVersion: db.prepare('INSERT INTO versions (material_id, version, record_json, run_id, created) VALUES (?, ?, ?, ?, ?)'),
    /** The full-text row of a record by its rowid (= the record's rowid, `ensureFtsRowids`): no table scan. */
    deleteFtsByRowid: db.prepare('DELETE FROM materials_fts WHERE rowid = (SELECT rowid FROM materials WHERE id = @id) AND id = @id'),
    /** The slow path (scans the FTS table), for a row whose rowid is not its record's. */
    deleteFtsById: db.prepare('DELETE FROM materials_fts WHERE id = ?'),
    insertFts: db.prepare('INSERT INTO materials_fts (rowid, id, name, description, keywords) VALUES ((SELECT rowid FROM materials WHERE id = @id), @id, @name, @description, @keywords)'),
    /** The full-text row of a record just inserted, whose rowid the insert returned. */
    insertFtsAt: db.prepare('INSERT INTO materials_fts (rowid, id, name, description, keywords) VALUES (?, ?, ?, ?, ?)'),
    logChange: db.prepare('INSERT INTO changes (material_id, type, version, at) VALUES (?, ?, ?, ?)'),
  };
}

export type SourceRunStatements = ReturnType<typeof sourceRunStatements>;
