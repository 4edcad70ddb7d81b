import type { Journal } from './Journal.js';
import type { StoredRecord } from './StoredRecord.js';
import { storedRecordOf, type MaterialRow } from './storedRecordOf.js';

/**
 * Every active record in id order, in batches (keyset paging), so that a dump of a large catalog never holds it
 * in memory nor blocks the event loop for long: the caller awaits between batches.
 */
export function* activeRecordBatches(journal: Journal, batchSize = 500): Generator<StoredRecord[]> {
  const statement = journal.db.prepare("SELECT * FROM materials WHERE status = 'active' AND id > ? ORDER BY id LIMIT ?");
  let after = '';
  for (;;) {
    const rows = statement.all(after, batchSize) as MaterialRow[];
    if (rows.length === 0) return;
    yield rows.map(storedRecordOf);
    after = rows.at(-1)!.id;
    if (rows.length < batchSize) return;
  }
}
