import type { Harvester } from '../Harvester.js';
import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import type { ItemError } from '../../src/model/ItemError.js';
import { parseLessonList } from './parseLessonList.js';
import { syntheticOptions, type SyntheticOptions } from './SyntheticOptions.js';

export { syntheticOptions, type SyntheticOptions } from './SyntheticOptions.js';
export { syntheticLessonSchema, type SyntheticLesson } from './SyntheticLesson.js';
export { mapSyntheticLesson } from './mapSyntheticLesson.js';
export { parseLessonList } from './parseLessonList.js';

/**
 * The `synthetic` harvester: reads lesson lists in NDJSON (one lesson per line) such as the benchmark's generator
 * writes (`npm run bench`, docs/performance.md), so that a synthetic catalog of any size goes through the same
 * pipeline as real harvests: runner, normalisation, SHACL validation, identity, journal, graph index. Each list is
 * a file, or a directory whose `*.ndjson` files are read in name order. A list that does not exist fails the run.
 */
export const synthetic: Harvester<SyntheticOptions> = {
  kind: 'synthetic',
  summary: 'lesson lists in NDJSON (one lesson per line), e.g. the synthetic catalogs of the benchmark',
  options: syntheticOptions,
  optionsFor: (location) => ({ lists: [location] }),
  async *harvest(options, context): AsyncIterable<HarvestedMaterial | ItemError> {
    for (const list of options.lists) {
      const entries = await context.reader.listDirectory(list);
      const files = entries === undefined ? [list] : entries.filter((name) => name.endsWith('.ndjson')).map((name) => context.reader.resolve(list, name));
      for (const file of files) {
        context.signal.throwIfAborted();
        const text = await context.reader.readText(file);
        if (text === undefined) throw new Error(`lesson list not found: ${file}`);
        yield* parseLessonList(text, file);
      }
    }
  },
};
