import type { HarvestContext } from '../Harvester.js';
import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../src/model/ItemError.js';
import type { FeedEnrichment } from './CarpentriesFeedOptions.js';
import { enrichFeedMaterial } from './enrichFeedMaterial.js';
import { readFeedLesson } from './readFeedLesson.js';

/**
 * Enriches one mapped feed entry with its lesson (`readFeedLesson`, then `enrichFeedMaterial`). Where the lesson
 * cannot add anything the entry stays a material of its own, described by the feed alone, with a warning saying
 * why: its repository is not on GitHub, holds no lesson the lesson harvesters read, or its files cannot be mapped
 * (the lesson's `ItemError`). Only a repository that cannot be reached at all (a network failure the reader gave
 * up on) makes the entry an `ItemError`, located at the repository: the catalog then keeps the entry's last good
 * state instead of trading its lesson's description for the feed's until the next run (decision 0027).
 */
export async function enrichEntry(entry: HarvestedMaterial, enrich: Exclude<FeedEnrichment, false>, context: HarvestContext): Promise<HarvestedMaterial | ItemError> {
  const { repository } = entry.material;
  const alone = (why: string): HarvestedMaterial => ({ ...entry, warnings: [...entry.warnings, `${why}; the feed entry alone describes the lesson`] });
  if (repository === undefined) return entry;
  try {
    const lesson = await readFeedLesson(repository, enrich, context.reader);
    if (lesson === undefined) return alone(`${repository}: no lesson found (neither config.yaml on the default branch nor _config.yml on gh-pages)`);
    context.logger.debug({ repository, kind: lesson.kind }, 'enriched feed entry');
    return enrichFeedMaterial(entry, lesson.harvested, lesson.kind);
  } catch (error) {
    if (error instanceof ItemError) return alone(`lesson not mapped: ${error.toString()}`);
    if (context.signal.aborted) throw error;
    return new ItemError(
      `cannot read the lesson repository to enrich the feed entry (${error instanceof Error ? error.message : String(error)}); the entry keeps its last harvested state`,
      repository,
      undefined,
      { cause: error },
    );
  }
}
