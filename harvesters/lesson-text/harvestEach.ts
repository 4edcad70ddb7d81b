import type { HarvestContext } from '../Harvester.js';
import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../src/model/ItemError.js';

/**
 * The harvest loop of the lesson harvesters (the `harvest` of the `Harvester` contract): reads and maps each
 * lesson in turn with `harvestOne`. A lesson that cannot be read or mapped becomes one `ItemError` that names it
 * (by `nameOf`, the location reports use) and never stops the others; a cancelled harvest stops quietly.
 */
export async function* harvestEach<Lesson>(
  lessons: readonly Lesson[],
  context: HarvestContext,
  nameOf: (lesson: Lesson) => string,
  harvestOne: (lesson: Lesson) => Promise<HarvestedMaterial>,
): AsyncIterable<HarvestedMaterial | ItemError> {
  for (const lesson of lessons) {
    if (context.signal.aborted) return;
    const name = nameOf(lesson);
    try {
      const harvested = await harvestOne(lesson);
      context.logger.debug({ lesson: name, warnings: harvested.warnings.length }, 'mapped lesson');
      yield harvested;
    } catch (error) {
      if (context.signal.aborted) return;
      yield error instanceof ItemError
        ? error
        : new ItemError(`cannot read lesson: ${error instanceof Error ? error.message : String(error)}`, name, undefined, { cause: error });
    }
  }
}
