import type { Logger } from 'pino';
import type { ResolvedConfig } from '../config/ResolvedConfig.js';
import type { GraphIndex } from '../graph/GraphIndex.js';
import type { HarvestRunner } from '../harvest/HarvestRunner.js';
import type { Journal } from '../journal/Journal.js';
import type { CatalogIris } from '../model/CatalogIris.js';

/** What the route factories receive: wired once by the composition root (`src/cli`). */
export interface AppContext {
  config: ResolvedConfig;
  journal: Journal;
  graph: GraphIndex;
  iris: CatalogIris;
  logger: Logger;
  /** Present when the server may start harvests (admin route, schedules). */
  runner?: HarvestRunner;
}
