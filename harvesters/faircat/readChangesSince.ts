import type { SourceReader } from '../Harvester.js';
import { FaircatFormatError } from './FaircatFormatError.js';
import { asNode, textOf, valuesOf, type JsonNode } from './jsonValues.js';
import { onOrigin } from './onOrigin.js';
import { readJson } from './readJson.js';

/** One activity of a change stream, with its index in the stream. */
export interface ChangeActivity {
  index: number;
  type: 'Create' | 'Update' | 'Delete';
  /** The record IRI at the origin. */
  object: string;
  endTime: string;
}

/**
 * The activities of another FAIRCat's change stream from `from` on, read as IIIF Change Discovery 1.0 §3 describes
 * for a consumer: start at `last`, walk back by `prev` until a page starts at or before `from`, then take the
 * activities forwards. Returns them oldest first and the index after the last one read.
 */
export async function readChangesSince(reader: SourceReader, entry: JsonNode, from: number, origin: string): Promise<{ activities: ChangeActivity[]; end: number }> {
  const lastLink = textOf(asNode(entry.last)?.id ?? entry.last);
  if (lastLink === undefined) throw new FaircatFormatError('the change stream has no last page', onOrigin('changes', origin));
  const pages: JsonNode[] = [];
  let location: string | undefined = onOrigin(lastLink, origin);
  const seen = new Set<string>();
  while (location !== undefined) {
    if (seen.has(location)) throw new FaircatFormatError('the change pages loop', location);
    seen.add(location);
    const page = await readJson(reader, location);
    if (page.type !== 'OrderedCollectionPage' || typeof page.startIndex !== 'number') {
      throw new FaircatFormatError('not an OrderedCollectionPage with a startIndex', location);
    }
    pages.unshift(page);
    const prev = textOf(asNode(page.prev)?.id ?? page.prev);
    location = page.startIndex > from && prev !== undefined ? onOrigin(prev, origin) : undefined;
  }
  const activities: ChangeActivity[] = [];
  let end = from;
  for (const page of pages) {
    valuesOf(page.orderedItems).forEach((item, offset) => {
      const index = (page.startIndex as number) + offset;
      end = Math.max(end, index + 1);
      const activity = asNode(item);
      const type = activity?.type;
      const object = textOf(asNode(activity?.object)?.id ?? activity?.object);
      const endTime = textOf(activity?.endTime);
      if (index < from || object === undefined || endTime === undefined || (type !== 'Create' && type !== 'Update' && type !== 'Delete')) return;
      activities.push({ index, type, object, endTime });
    });
  }
  return { activities, end };
}
