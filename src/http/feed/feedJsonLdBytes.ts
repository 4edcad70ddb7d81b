import type { FeedEntry } from '../../journal/FeedEntry.js';
import { feedHead, type FeedCatalog } from './feedJsonLd.js';
import type { FeedView } from './FeedView.js';
import { withoutContext } from './withoutContext.js';

const CLOSE_ITEM = Buffer.from('}');
const CLOSE_PAGE = Buffer.from(']}');

/**
 * A feed page as JSON-LD, assembled as UTF-8 bytes from the records' stored JSON-LD without decoding, parsing or
 * re-serialising them: the same bytes as `JSON.stringify(feedJsonLd(…))` of the same page (a test keeps them
 * identical), at the cost of copying them once. `dataFeedElement` is the last member of the page document, so the
 * items follow the written head. Pure.
 */
export function feedJsonLdBytes(view: FeedView<FeedEntry>, catalog: FeedCatalog, contextUrl: string): Buffer {
  const head = JSON.stringify(feedHead(view, catalog, contextUrl));
  const chunks: Buffer[] = [Buffer.from(`${head.slice(0, -1)},"dataFeedElement":[`)];
  view.records.forEach((entry, i) => {
    chunks.push(Buffer.from(`${i === 0 ? '' : ','}${itemHead(entry)}`), ...withoutContext(entry.jsonld, contextUrl), CLOSE_ITEM);
  });
  chunks.push(CLOSE_PAGE);
  return Buffer.concat(chunks);
}

/**
 * The page's records as NDJSON: one `schema:DataFeedItem` with the context per line (the bytes of
 * `JSON.stringify({ '@context': contextUrl, ...feedItem(…) })` and a newline each). Pure.
 */
export function feedNdjsonBytes(entries: readonly FeedEntry[], contextUrl: string): Buffer {
  const context = `{"@context":${JSON.stringify(contextUrl)},`;
  const chunks: Buffer[] = [];
  for (const entry of entries) chunks.push(Buffer.from(`${context}${itemHead(entry).slice(1)}`), ...withoutContext(entry.jsonld, contextUrl), Buffer.from('}\n'));
  return Buffer.concat(chunks);
}

/** The start of one `schema:DataFeedItem` (as `JSON.stringify(feedItem(…))` writes it) up to its `item`. */
function itemHead(entry: FeedEntry): string {
  return `{"@type":"DataFeedItem","dateCreated":${dateTime(entry.created)},"dateModified":${dateTime(entry.modified)},"item":`;
}

function dateTime(value: string): string {
  return `{"@value":${JSON.stringify(value)},"@type":"xsd:dateTime"}`;
}
