import type Database from 'better-sqlite3';
import type { Journal } from './Journal.js';
import type { StoredRecordHead } from './StoredRecordHead.js';
import { storedRecordHeadOf, type MaterialRow } from './storedRecordOf.js';

/** Reads single records for the record routes, with statements prepared once per journal connection. */
export interface RecordReader {
  /** The record with this id, whatever its status, without its N-Quads. */
  head(id: string): StoredRecordHead | undefined;
  /** The stored N-Quads of the record's named graph (`''` for an unknown id). */
  nquads(id: string): string;
}

type HeadRow = Omit<MaterialRow, 'nquads' | 'modified'>;

const readers = new WeakMap<Database.Database, RecordReader>();

/**
 * The record reader of a journal. `head` selects only the columns the routes use, leaving out the N-Quads: SQLite
 * stores the long `nquads` text in overflow pages, and `SELECT *` copied ~18 KB per record into a JavaScript string
 * that a JSON-LD, HTML or citation answer never used. Statements are prepared once (better-sqlite3 statements are
 * reusable), not on every request as `Journal.get` does.
 */
export function recordReader(journal: Journal): RecordReader {
  const existing = readers.get(journal.db);
  if (existing) return existing;
  const headStatement = journal.db.prepare(
    'SELECT id, status, record_json, jsonld, hash, withdrawn_at, withdrawn_reason, merged_into FROM materials WHERE id = ?',
  );
  const nquadsStatement = journal.db.prepare('SELECT nquads FROM materials WHERE id = ?').pluck();
  const reader: RecordReader = {
    head: (id) => {
      const row = headStatement.get(id) as HeadRow | undefined;
      return row && storedRecordHeadOf(row);
    },
    nquads: (id) => (nquadsStatement.get(id) as string | undefined) ?? '',
  };
  readers.set(journal.db, reader);
  return reader;
}
