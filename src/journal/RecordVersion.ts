import type { CatalogRecord } from '../model/CatalogRecord.js';

/** One version of a record: its state after the n-th change a harvest (or a merge) made. */
export interface RecordVersion {
  version: number;
  /** When the catalog recorded this version (ISO date-time). */
  created: string;
  /** The harvest run that made it, when a run did. */
  runId?: string;
  /** The source of that run. */
  sourceId?: string;
  record: CatalogRecord;
}
