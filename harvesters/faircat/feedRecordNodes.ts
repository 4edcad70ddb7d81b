import type { SourceReader } from '../Harvester.js';
import { FaircatFormatError } from './FaircatFormatError.js';
import { asNode, textOf, valuesOf } from './jsonValues.js';
import { onOrigin } from './onOrigin.js';
import { readJson } from './readJson.js';

/** Most pages followed in one walk, a guard against a feed whose `next` links loop. */
const MAX_PAGES = 100_000;

/**
 * The record nodes of another FAIRCat's feed, page by page from `firstPage`, following `hydra:view`/`hydra:next`
 * (Hydra Core §5.2) on the origin until there is no next page. Each item is a `schema:DataFeedItem`; its `item` is the
 * record node.
 */
export async function* feedRecordNodes(reader: SourceReader, firstPage: string, origin: string, signal: AbortSignal): AsyncIterable<{ node: unknown; location: string }> {
  const seen = new Set<string>();
  let next: string | undefined = firstPage;
  while (next !== undefined) {
    signal.throwIfAborted();
    if (seen.has(next) || seen.size >= MAX_PAGES) throw new FaircatFormatError('the feed pages loop', next);
    seen.add(next);
    const page = await readJson(reader, next);
    if (!valuesOf(page['@type']).includes('DataFeed')) throw new FaircatFormatError('not a FAIRCat feed page (no DataFeed)', next);
    for (const element of valuesOf(page.dataFeedElement)) yield { node: asNode(element)?.item, location: next };
    const link = textOf(asNode(page['hydra:view'])?.['hydra:next']);
    next = link === undefined ? undefined : onOrigin(link, origin);
  }
}
