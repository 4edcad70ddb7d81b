import type { Harvester } from '../Harvester.js';
import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../src/model/ItemError.js';
import { carpentriesFeedOptions, type CarpentriesFeedOptions } from './CarpentriesFeedOptions.js';
import { enrichEntry } from './enrichEntry.js';
import { mapFeed } from './mapFeed.js';
import { readFeed } from './readFeed.js';

export { carpentriesFeedOptions, feedEnrichment, type CarpentriesFeedOptions, type FeedEnrichment } from './CarpentriesFeedOptions.js';
export { enrichFeedMaterial } from './enrichFeedMaterial.js';
export { readFeedLesson, type FeedLesson } from './readFeedLesson.js';
export { FeedFormatError } from './FeedFormatError.js';
export type { FeedEntry } from './FeedEntry.js';
export { mapFeed } from './mapFeed.js';
export { mapFeedEntry, type EntryPosition } from './mapFeedEntry.js';
export { organisationOf, type FeedOrganisation } from './organisationOf.js';
export { parseFeed, type ParsedFeed } from './parseFeed.js';

/**
 * The `carpentries-feed` harvester: reads The Carpentries lesson feeds (`https://feeds.carpentries.org/lessons.json`,
 * `community_lessons.json`, and HPC Carpentry's copy of the format) and yields one material per entry. With
 * `enrich`, each entry whose repository holds a Workbench or legacy styles lesson is read with those lesson
 * harvesters too and yields the lesson's richer description, the feed's fields filling its gaps.
 * Every feed is read and parsed before the first entry is yielded, so a missing or broken feed fails the
 * source before it yields anything.
 */
export const carpentriesFeed: Harvester<CarpentriesFeedOptions> = {
  kind: 'carpentries-feed',
  summary: 'The Carpentries lesson feeds (feeds.carpentries.org lessons.json, community_lessons.json): one material per listed lesson, optionally enriched from its repository',
  options: carpentriesFeedOptions,
  optionsFor: (location) => ({ feeds: [location] }),
  async *harvest(options, context): AsyncIterable<HarvestedMaterial | ItemError> {
    const feeds: Array<Array<HarvestedMaterial | ItemError>> = [];
    for (const feed of options.feeds) {
      context.signal.throwIfAborted();
      feeds.push(mapFeed(await readFeed(context.reader, feed), feed));
      context.logger.debug({ feed, entries: feeds.at(-1)?.length }, 'read lesson feed');
    }
    for (const item of feeds.flat()) {
      context.signal.throwIfAborted();
      yield options.enrich === undefined || options.enrich === false || item instanceof ItemError ? item : await enrichEntry(item, options.enrich, context);
    }
  },
};
