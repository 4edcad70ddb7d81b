import type { CatalogRecord } from '../../model/CatalogRecord.js';

/**
 * One resolvable state of a record, ready to be represented: the current record, one of its versions, or a
 * withdrawn record's last known state (a tombstone).
 */
export interface RecordView {
  state: 'current' | 'version' | 'withdrawn';
  record: CatalogRecord;
  /** The record's persistent IRI (`<PID base>materials/<id>`). */
  iri: string;
  /** The IRI to cite: the record IRI, or the version IRI for a version. */
  citeAs: string;
  /** Where this resource is served (`<base URL>materials/<id>` or `…/versions/<n>`). */
  url: string;
  /** Where the record itself is served (`<base URL>materials/<id>`). */
  recordUrl: string;
  providerName: string;
  /** For versions: which one, when it was recorded, by which run and source, and the latest version's number. */
  version?: { number: number; created: string; latest: number; runId?: string; sourceId?: string };
  withdrawal?: { at: string; reason: string };
  /**
   * The serialisations stored with the current record (so they are not mapped again): the JSON-LD text, the N-Quads
   * (read when asked for: only the RDF representations need them), and a revision that changes whenever the harvest
   * writes them again (validators of representations served as stored bytes are derived from it).
   */
  stored?: { jsonld: string; nquads: () => string; revision: string };
  /** `Last-Modified` of the representation (ISO date-time). */
  lastModified: string;
}
