import { dumpUrls } from '../../dumps/DumpFormat.js';
import type { AppContext } from '../AppContext.js';

/**
 * The full dumps of the catalog (`/dumps/catalog.nq.gz`, `/dumps/catalog.jsonld.gz`), for `void:dataDump` in
 * the VoID description (VoID §6.3).
 */
export function voidDataDumps(context: AppContext): string[] {
  return dumpUrls(context.config.baseUrl);
}
