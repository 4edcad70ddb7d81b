import type { StoredRecord } from '../../journal/StoredRecord.js';

/**
 * One page of the feed as every representation renders it (JSON-LD, Turtle, N-Triples, NDJSON, HTML): the
 * collection (the filtered feed), this page and its Hydra links (Hydra Core §5.2 `PartialCollectionView`).
 */
export interface FeedView<R extends { id: string } = StoredRecord> {
  /** IRI of the collection: `<base>materials` with the filter parameters. */
  collection: string;
  /** IRI of this page. */
  page: string;
  first: string;
  next?: string;
  previous?: string;
  totalItems: number;
  records: R[];
}
