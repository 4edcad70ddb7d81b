import type { Journal } from '../journal/Journal.js';
import type { CatalogIris } from '../model/CatalogIris.js';
import type { ProviderDescription } from '../model/providersToQuads.js';

/** What a dump is written from: the journal (records and runs), the catalog's IRIs and the configured providers. */
export interface DumpSource {
  journal: Journal;
  iris: CatalogIris;
  providers: readonly ProviderDescription[];
}
