import type { Harvester } from '../Harvester.js';
import { harvestEach, parseLessonLocation } from '../lesson-text/index.js';
import { mapWorkbenchLesson } from './mapWorkbenchLesson.js';
import { mapWorkbenchSite } from './mapWorkbenchSite.js';
import { readWorkbenchLesson } from './readWorkbenchLesson.js';
import { readWorkbenchSite } from './readWorkbenchSite.js';
import { siteOf, workbenchOptionsSchema } from './WorkbenchOptions.js';
import type { WorkbenchLesson, WorkbenchOptions } from './WorkbenchOptions.js';

export { mapWorkbenchLesson } from './mapWorkbenchLesson.js';
export type { WorkbenchMapping } from './mapWorkbenchLesson.js';
export { mapWorkbenchSite } from './mapWorkbenchSite.js';
export { readWorkbenchLesson } from './readWorkbenchLesson.js';
export { readWorkbenchSite } from './readWorkbenchSite.js';
export type { WorkbenchLessonFiles } from './WorkbenchLessonFiles.js';
export type { WorkbenchSiteFiles } from './WorkbenchSiteFiles.js';
export { siteOf, workbenchOptionsSchema } from './WorkbenchOptions.js';
export type { WorkbenchLesson, WorkbenchOptions, WorkbenchSite } from './WorkbenchOptions.js';

/** What reports name a lesson by: the repository URL or location of its sources, or its site. */
function nameOf(lesson: WorkbenchLesson): string {
  return siteOf(lesson)?.site ?? parseLessonLocation(typeof lesson === 'string' ? lesson : lesson.site).display;
}

/**
 * The `carpentries-workbench` harvester: reads Carpentries Workbench (sandpaper) lessons, one material per lesson,
 * from their sources — `config.yaml`, `index.md`, the episodes and the credit files, in local directories or on
 * GitHub — or, for a lesson given as `{ site }` or a site URL, from the built site only (`sitemap.xml`, the pages
 * and their JSON-LD). A lesson that cannot be read or mapped becomes an `ItemError` and never stops the others.
 */
export const carpentriesWorkbench: Harvester<WorkbenchOptions> = {
  kind: 'carpentries-workbench',
  summary: 'Carpentries Workbench (sandpaper) lessons: config.yaml, index.md, episodes and credit files, or the built site',
  options: workbenchOptionsSchema,
  // A local `<dir>@gh-pages` (the corpus layout of a built site) is read as a site; a site URL is one anyway.
  optionsFor: (location) => ({ lessons: [/@gh-pages\/?$/.test(location) ? { site: location } : location] }),
  harvest: (options, context) => harvestEach(options.lessons, context, nameOf, async (lesson) => {
    const site = siteOf(lesson);
    const { material, warnings } = site === undefined
      ? mapWorkbenchLesson(await readWorkbenchLesson(lesson as string, context.reader))
      : mapWorkbenchSite(await readWorkbenchSite(site, context.reader));
    return { material, location: nameOf(lesson), warnings };
  }),
};
