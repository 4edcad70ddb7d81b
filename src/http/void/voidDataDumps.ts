import type { AppContext } from '../AppContext.js';

/**
 * The full dumps of the catalog, for `void:dataDump` in the VoID description (VoID §6.3). The hook for the
 * dumps of issue 6 (`/dumps/…`): return their URLs (e.g. `${context.config.baseUrl}dumps/catalog.nq.gz`) here
 * and `/void` lists them. Empty until then.
 */
export function voidDataDumps(_context: AppContext): string[] {
  return [];
}
