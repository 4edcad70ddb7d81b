import type { CatalogRecord } from '../model/CatalogRecord.js';

/** A record as the journal returns it: the record plus its stored serialisations and status. */
export interface StoredRecord {
  id: string;
  status: 'active' | 'withdrawn' | 'merged';
  record: CatalogRecord;
  nquads: string;
  /** Compacted JSON-LD document, as text. */
  jsonld: string;
  hash: string;
  withdrawnAt?: string;
  withdrawnReason?: string;
  mergedInto?: string;
}
