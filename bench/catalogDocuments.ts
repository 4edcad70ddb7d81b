import { readFileSync } from 'node:fs';
import { Writer } from 'n3';
import type { Logger } from 'pino';
import type { ResolvedConfig } from '../src/config/ResolvedConfig.js';
import { openCatalog } from '../src/cli/openCatalog.js';
import { providersToQuads } from '../src/model/providersToQuads.js';

/** What the graph index of the harvested catalog holds, read back from the journal for the in-process baselines. */
export interface CatalogDocuments {
  /** Active record ids in id order. */
  ids: string[];
  /** Record IRI of each id. */
  iriOf(id: string): string;
  /** N-Quads of the shared graphs (providers, skill tree). */
  shared: string[];
  /** N-Quads of each active record, in id order (as `Journal.activeNquads`). */
  records: string[];
}

/** Reads the documents the catalog's graph workers load (DESIGN §7: rebuilt from the journal), plus the skill tree. */
export async function catalogDocuments(config: ResolvedConfig, skillsPath: string, logger: Logger): Promise<CatalogDocuments> {
  const catalog = await openCatalog(config, logger, { withGraph: false });
  try {
    const ids = (catalog.journal.db.prepare("SELECT id FROM materials WHERE status = 'active' ORDER BY id").raw().all() as [string][]).map(([id]) => id);
    const providers = new Writer({ format: 'N-Quads' }).quadsToString(providersToQuads(config.providers, catalog.iris));
    return { ids, iriOf: catalog.iris.material, shared: [providers, readFileSync(skillsPath, 'utf8')], records: catalog.journal.activeNquads() };
  } finally {
    await catalog.close();
  }
}
