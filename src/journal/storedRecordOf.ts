import type { CatalogRecord } from '../model/CatalogRecord.js';
import type { StoredRecord } from './StoredRecord.js';
import type { StoredRecordHead } from './StoredRecordHead.js';

/** A `materials` row as SQLite returns it. */
export interface MaterialRow {
  id: string;
  status: StoredRecord['status'];
  record_json: string;
  nquads: string;
  jsonld: string;
  hash: string;
  modified: string;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  merged_into: string | null;
}

/** The `StoredRecord` of a `materials` row (the same shape `Journal.get` returns). Pure. */
export function storedRecordOf(row: MaterialRow): StoredRecord {
  return { ...storedRecordHeadOf(row), nquads: row.nquads };
}

/** The `StoredRecordHead` of a `materials` row read without its N-Quads (and modification time). Pure. */
export function storedRecordHeadOf(row: Omit<MaterialRow, 'nquads' | 'modified'>): StoredRecordHead {
  return {
    id: row.id,
    status: row.status,
    record: JSON.parse(row.record_json) as CatalogRecord,
    jsonld: row.jsonld,
    hash: row.hash,
    ...(row.withdrawn_at ? { withdrawnAt: row.withdrawn_at } : {}),
    ...(row.withdrawn_reason ? { withdrawnReason: row.withdrawn_reason } : {}),
    ...(row.merged_into ? { mergedInto: row.merged_into } : {}),
  };
}
