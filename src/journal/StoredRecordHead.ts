import type { StoredRecord } from './StoredRecord.js';

/**
 * A stored record without its N-Quads: what the record routes read on every request. The N-Quads (~18 KB a record,
 * most of a `materials` row) are only needed by the RDF representations, which read them separately
 * (`recordReader(journal).nquads`).
 */
export type StoredRecordHead = Omit<StoredRecord, 'nquads'>;
