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
  /**
   * The N-Quads documents the graph workers load (DESIGN §7: rebuilt from the journal): the shared graphs
   * (providers, skill tree), then each active record in id order, the first `limit` records only when given.
   * Streamed from the journal: at 100k records they are gigabytes of text, never held at once.
   */
  documents(limit?: number): Iterable<string>;
  close(): Promise<void>;
}

/** Opens the harvested journal for reading the catalog's documents. */
export async function catalogDocuments(config: ResolvedConfig, skillsPath: string, logger: Logger): Promise<CatalogDocuments> {
  const catalog = await openCatalog(config, logger, { withGraph: false });
  const db = catalog.journal.db;
  const ids = (db.prepare("SELECT id FROM materials WHERE status = 'active' ORDER BY id").raw().all() as [string][]).map(([id]) => id);
  const shared = [new Writer({ format: 'N-Quads' }).quadsToString(providersToQuads(config.providers, catalog.iris)), readFileSync(skillsPath, 'utf8')];
  const records = db.prepare("SELECT nquads FROM materials WHERE status = 'active' ORDER BY id LIMIT ?").raw();
  return {
    ids,
    iriOf: catalog.iris.material,
    *documents(limit = -1) {
      yield* shared;
      for (const [nquads] of records.iterate(limit) as Iterable<[string]>) yield nquads;
    },
    close: () => catalog.close(),
  };
}
