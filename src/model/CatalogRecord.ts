import type { Material } from './Material.js';

/**
 * A material as the catalog holds it: its persistent identity, the merged view of every contributing
 * source, and where each contribution came from (DESIGN §3, PROV-O).
 */
export interface CatalogRecord {
  /** Opaque, stable id minted once (`identity/mintId`). */
  id: string;
  material: Material;
  /** Id of the provider (training project) from the config. */
  provider: string;
  provenance: Provenance[];
  /** 1 for the first harvested state; +1 for every change a harvest made. */
  version: number;
  /** When the catalog first recorded the material (ISO date-time). */
  created: string;
  /** When the catalog last changed the record (ISO date-time). */
  modified: string;
}

/** One source's contribution to a record: which source, which run, when, from where. */
export interface Provenance {
  sourceId: string;
  sourceKind: string;
  /** URL the material was read from, or a path relative to the config directory for local snapshots. */
  location: string;
  runId: string;
  /** When the run read it (ISO date-time). */
  harvestedAt: string;
  /**
   * The `Material` fields of the merged record whose values this source supplied (`attributeFields`), when the
   * record was merged by the harvest runner; mapped to `faircat:supplied` with the fields' properties.
   */
  supplied?: string[];
}
