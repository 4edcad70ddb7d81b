import type { SourceConfig } from '../config/configSchema.js';
import type { CatalogIris } from '../model/CatalogIris.js';
import type { Material } from '../model/Material.js';
import { materialToQuads } from '../model/materialToQuads.js';
import type { RecordValidator } from '../model/RecordValidator.js';
import type { ValidationReport } from '../model/ValidationReport.js';

/**
 * Validates a material as the record it would become (its quads with a placeholder id and provenance) against
 * the SHACL shapes: Bioschemas TrainingMaterial minimum as violations, recommended properties as warnings.
 */
export function validateCandidate(validator: RecordValidator, material: Material, source: SourceConfig, location: string, iris: CatalogIris): Promise<ValidationReport> {
  const now = new Date().toISOString();
  const quads = materialToQuads(
    { id: 'candidate', material, provider: source.provider, provenance: [{ sourceId: source.id, sourceKind: source.kind, location, runId: 'candidate', harvestedAt: now }], version: 1, created: now, modified: now },
    iris,
  );
  return validator.validate(quads);
}
