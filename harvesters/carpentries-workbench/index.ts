import type { Harvester } from '../Harvester.js';
import { ItemError } from '../../src/model/ItemError.js';
import { parseLessonLocation } from '../lesson-text/index.js';
import { mapWorkbenchLesson } from './mapWorkbenchLesson.js';
import { readWorkbenchLesson } from './readWorkbenchLesson.js';
import { workbenchOptionsSchema } from './WorkbenchOptions.js';
import type { WorkbenchOptions } from './WorkbenchOptions.js';

export { mapWorkbenchLesson } from './mapWorkbenchLesson.js';
export type { WorkbenchMapping } from './mapWorkbenchLesson.js';
export { readWorkbenchLesson } from './readWorkbenchLesson.js';
export type { WorkbenchLessonFiles } from './WorkbenchLessonFiles.js';
export { workbenchOptionsSchema } from './WorkbenchOptions.js';
export type { WorkbenchOptions } from './WorkbenchOptions.js';

/**
 * The `carpentries-workbench` harvester: reads Carpentries Workbench (sandpaper) lessons — `config.yaml`,
 * `index.md`, the episodes and the credit files — from local directories or GitHub, one material per lesson.
 * A lesson that cannot be read or mapped becomes an `ItemError` and never stops the others.
 */
export const carpentriesWorkbench: Harvester<WorkbenchOptions> = {
  kind: 'carpentries-workbench',
  summary: 'Carpentries Workbench (sandpaper) lessons: config.yaml, index.md, episodes and credit files',
  options: workbenchOptionsSchema,
  optionsFor: (location) => ({ lessons: [location] }),
  async *harvest(options, context) {
    for (const location of options.lessons) {
      if (context.signal.aborted) return;
      const reported = parseLessonLocation(location).display;
      try {
        const lesson = await readWorkbenchLesson(location, context.reader);
        const { material, warnings } = mapWorkbenchLesson(lesson);
        context.logger.debug({ lesson: reported, warnings: warnings.length }, 'mapped Workbench lesson');
        yield { material, location: reported, warnings };
      } catch (error) {
        if (context.signal.aborted) return;
        yield error instanceof ItemError
          ? error
          : new ItemError(`cannot read lesson: ${error instanceof Error ? error.message : String(error)}`, reported, undefined, { cause: error });
      }
    }
  },
};
