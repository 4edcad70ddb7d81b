import type { Material } from './Material.js';

/**
 * A material as one harvester read it, with where it was read from. The harvest runner adds the rest of
 * the provenance (source id, run, time) when it stores it.
 */
export interface HarvestedMaterial {
  material: Material;
  /** The URL or file path the material was read from (the source location shown in reports and PROV). */
  location: string;
  /** Problems that did not stop the mapping (dropped placeholders, unknown licence…). */
  warnings: string[];
}
