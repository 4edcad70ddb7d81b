import type { Harvester } from '../Harvester.js';
import { mapSphinxLesson } from './mapSphinxLesson.js';
import { harvestEach, parseLessonLocation } from '../lesson-text/index.js';
import { readSphinxLesson } from './readSphinxLesson.js';
import { sphinxLessonOptionsSchema, type SphinxLessonOptions } from './SphinxLessonOptions.js';

export { mapSphinxLesson } from './mapSphinxLesson.js';
export { readSphinxLesson } from './readSphinxLesson.js';
export { parseObjectsInv } from './parseObjectsInv.js';
export { parseConfPy } from './parseConfPy.js';
export { parseConfFacts } from './parseConfFacts.js';
export { parseToctrees, type Toctree, type ToctreeEntry } from './parseToctrees.js';
export { parseEpisode } from './parseEpisode.js';
export { parseIndexPage } from './parseIndexPage.js';
export { isEpisodeDocument } from './isEpisodeDocument.js';
export { sphinxLessonOptionsSchema, type SphinxLessonOptions, type SphinxLessonEntry } from './SphinxLessonOptions.js';
export type { SphinxLessonFiles } from './SphinxLessonFiles.js';
export type { SphinxInventory, InventoryEntry } from './SphinxInventory.js';
export type { SphinxFacts } from './SphinxFacts.js';

/**
 * The `sphinx-lesson` harvester: reads lessons built with sphinx-lesson (CodeRefinery, ENCCS) — CITATION.cff,
 * metadata.yml, bioschemas.yml, conf.py, the index page, the episode sources and the built site's objects.inv —
 * from local directories or GitHub, one material per lesson. A lesson that cannot be read or mapped becomes an
 * `ItemError` and never stops the others.
 */
export const sphinxLesson: Harvester<SphinxLessonOptions> = {
  kind: 'sphinx-lesson',
  summary: 'sphinx-lesson lessons (CodeRefinery, ENCCS): CITATION.cff, metadata.yml, bioschemas.yml, conf.py, toctrees, episodes, objects.inv',
  options: sphinxLessonOptionsSchema,
  optionsFor: (location) => ({ lessons: [location] }),
  harvest: (options, context) => harvestEach(
    options.lessons,
    context,
    (entry) => parseLessonLocation(typeof entry === 'string' ? entry : entry.location).display,
    async (entry) => mapSphinxLesson(await readSphinxLesson(entry, context.reader)),
  ),
};
