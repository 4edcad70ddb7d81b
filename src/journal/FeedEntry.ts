/**
 * What a JSON-LD or NDJSON feed page needs of a record: its id (the cursor), its stored compacted JSON-LD document
 * as the UTF-8 bytes the journal holds (never decoded to a string: a page is assembled and sent as bytes) and the
 * catalog's created/modified times of the record.
 */
export interface FeedEntry {
  id: string;
  jsonld: Buffer;
  created: string;
  modified: string;
}
