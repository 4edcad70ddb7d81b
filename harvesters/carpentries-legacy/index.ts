import type { Harvester } from '../Harvester.js';
import { legacyOptionsFor, legacyOptionsSchema } from './legacyOptions.js';
import type { LegacyOptions } from './legacyOptions.js';
import { mapLegacyLesson } from './mapLegacyLesson.js';
import { LEGACY_DEFAULT_BRANCH, readLegacyLesson } from './readLegacyLesson.js';
import { harvestEach, parseLessonLocation } from '../lesson-text/index.js';

export { mapLegacyLesson } from './mapLegacyLesson.js';
export { readLegacyLesson, LEGACY_DEFAULT_BRANCH } from './readLegacyLesson.js';
export type { LegacyLessonFiles } from './LegacyLessonFiles.js';
export { legacyOptionsSchema, legacyOptionsFor } from './legacyOptions.js';
export type { LegacyOptions, LegacyLessonOption } from './legacyOptions.js';

/**
 * The `carpentries-legacy` harvester: reads lessons built with the legacy Carpentries styles (Jekyll)
 * template — `_config.yml`, `_episodes/*.md` front matter, `index.md` and the credit files — from local
 * directories or the `gh-pages` branch on GitHub, one material per lesson. A lesson that cannot be read or
 * mapped becomes an `ItemError` and never stops the others.
 */
export const carpentriesLegacy: Harvester<LegacyOptions> = {
  kind: 'carpentries-legacy',
  summary: 'Legacy Carpentries styles (Jekyll) lessons: _config.yml, _episodes front matter, index.md and credit files',
  options: legacyOptionsSchema,
  optionsFor: legacyOptionsFor,
  harvest: (options, context) => harvestEach(
    options.lessons,
    context,
    (lesson) => parseLessonLocation(lesson.location, LEGACY_DEFAULT_BRANCH).display,
    async (lesson) => mapLegacyLesson(await readLegacyLesson(lesson, context.reader)),
  ),
};
