import type { CatalogRecord } from '../model/CatalogRecord.js';
import type { Journal } from './Journal.js';
import type { RecordVersion } from './RecordVersion.js';

interface VersionRow {
  version: number;
  created: string;
  run_id: string | null;
  source_id: string | null;
  record_json: string;
}

const SELECT = `SELECT v.version, v.created, v.run_id, r.source_id, v.record_json
  FROM versions v LEFT JOIN harvest_runs r ON r.id = v.run_id WHERE v.material_id = ?`;

/** Every version of a record, oldest first, with the run and source that made it. */
export function listVersions(journal: Journal, id: string): RecordVersion[] {
  return (journal.db.prepare(`${SELECT} ORDER BY v.version`).all(id) as VersionRow[]).map(toVersion);
}

/** Version `version` of a record, or `undefined` when it has no such version. */
export function getVersion(journal: Journal, id: string, version: number): RecordVersion | undefined {
  const row = journal.db.prepare(`${SELECT} AND v.version = ?`).get(id, version) as VersionRow | undefined;
  return row && toVersion(row);
}

function toVersion(row: VersionRow): RecordVersion {
  return {
    version: row.version,
    created: row.created,
    ...(row.run_id ? { runId: row.run_id } : {}),
    ...(row.source_id ? { sourceId: row.source_id } : {}),
    record: JSON.parse(row.record_json) as CatalogRecord,
  };
}
