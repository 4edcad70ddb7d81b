import type { Harvester } from '../Harvester.js';
import { harvestEach, parseLessonLocation } from '../lesson-text/index.js';
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
  harvest: (options, context) => harvestEach(options.lessons, context, (location) => parseLessonLocation(location).display, async (location) => {
    const { material, warnings } = mapWorkbenchLesson(await readWorkbenchLesson(location, context.reader));
    return { material, location: parseLessonLocation(location).display, warnings };
  }),
};
