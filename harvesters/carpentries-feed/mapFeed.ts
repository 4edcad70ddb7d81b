import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import type { ItemError } from '../../src/model/ItemError.js';
import { mapFeedEntry } from './mapFeedEntry.js';
import { parseFeed } from './parseFeed.js';

/**
 * Maps a whole lesson feed: one material or one `ItemError` per entry, in feed order. Pure.
 *
 * @throws FeedFormatError when the feed is not a JSON array (see `parseFeed`).
 */
export function mapFeed(input: Uint8Array | string, location: string): Array<HarvestedMaterial | ItemError> {
  const { entries, lines } = parseFeed(input, location);
  return entries.map((entry, index) => {
    const line = lines[index];
    return mapFeedEntry(entry, { location, index, ...(line !== undefined && { line }) });
  });
}
