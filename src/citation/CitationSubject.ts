import type { CatalogRecord } from '../model/CatalogRecord.js';

/**
 * What a citation renderer needs to know about one record: the record (current state, a version snapshot or
 * a withdrawn record's last state), the identifier it is cited as, and the names that the record only refers
 * to by id. Every renderer in `src/citation` is a pure function of it.
 */
export interface CitationSubject {
  record: CatalogRecord;
  /** The persistent IRI to cite: the record IRI, or a version IRI when a version is cited. */
  citeAs: string;
  /** Name of the record's provider (the training project), from the config. */
  providerName: string;
  /** Set when a particular version of the record is cited (`/materials/{id}/versions/{n}`). */
  version?: { number: number; created: string };
}
