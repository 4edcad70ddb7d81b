import { fileURLToPath } from 'node:url';

/** The `ontology/` folder, seen from the compiled module (`dist/src/model/` → `../../../ontology/`). */
const ONTOLOGY_DIR = new URL('../../../ontology/', import.meta.url);

/**
 * Absolute file path of a file or folder under the project's `ontology/` folder (context, vocabulary, shapes),
 * e.g. `ontologyPath('shapes')`. Resolved from this module's location, so it works from any working directory.
 */
export function ontologyPath(...segments: string[]): string {
  return fileURLToPath(new URL(segments.join('/'), ONTOLOGY_DIR));
}
