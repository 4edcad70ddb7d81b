import type { Harvester } from '../Harvester.js';
import { ItemError } from '../../src/model/ItemError.js';
import { mapSphinxLesson } from './mapSphinxLesson.js';
import { parseLessonLocation } from '../lesson-text/index.js';
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
  async *harvest(options, context) {
    for (const entry of options.lessons) {
      if (context.signal.aborted) return;
      const reported = parseLessonLocation(typeof entry === 'string' ? entry : entry.location).display;
      try {
        const { material, location, warnings } = mapSphinxLesson(await readSphinxLesson(entry, context.reader));
        context.logger.debug({ lesson: reported, warnings: warnings.length }, 'mapped sphinx-lesson lesson');
        yield { material, location, warnings };
      } catch (error) {
        if (context.signal.aborted) return;
        yield error instanceof ItemError
          ? error
          : new ItemError(`cannot read lesson: ${error instanceof Error ? error.message : String(error)}`, reported, undefined, { cause: error });
      }
    }
  },
};
