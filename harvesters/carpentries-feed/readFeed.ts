import type { SourceReader } from '../Harvester.js';
import { FeedFormatError } from './FeedFormatError.js';

/**
 * Reads the bytes of one lesson feed (URL or local path) through the harvest context's reader. The only I/O of
 * this harvester; decoding and parsing are `parseFeed`'s.
 *
 * @throws FeedFormatError when the feed does not exist: the whole source fails rather than lose its lessons.
 */
export async function readFeed(reader: SourceReader, location: string): Promise<Uint8Array> {
  const bytes = await reader.readBytes(location);
  if (bytes === undefined) throw new FeedFormatError('feed not found', location);
  return bytes;
}
