import type { Harvester } from './Harvester.js';
import { carpentriesWorkbench } from './carpentries-workbench/index.js';
import { carpentriesFeed } from './carpentries-feed/index.js';
import { carpentriesLegacy } from './carpentries-legacy/index.js';
import { faircat } from './faircat/index.js';
import { sphinxLesson } from './sphinx-lesson/index.js';
import { synthetic } from './synthetic/index.js';

/**
 * Every harvester kind this build knows, by kind name (DESIGN §5). Adding a source kind means adding a folder
 * and one line here; nothing is loaded by string.
 */
export const HARVESTERS: ReadonlyMap<string, Harvester> = new Map<string, Harvester>(
  ([carpentriesWorkbench, carpentriesLegacy, sphinxLesson, carpentriesFeed, faircat, synthetic] as Harvester[]).map((harvester) => [harvester.kind, harvester]),
);
