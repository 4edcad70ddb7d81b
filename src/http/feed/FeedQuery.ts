import type { FeedCursor } from '../../journal/FeedPage.js';
import type { FeedFilter } from '../../journal/FeedFilter.js';

/** A parsed `GET /materials` request. */
export interface FeedQuery {
  filter: FeedFilter;
  cursor: FeedCursor;
  limit: number;
  /** The filter parameters as the client gave them (repeated names kept), for the links between pages. */
  filterParams: [string, string][];
  /** `?format=`, if given. */
  format?: string;
}

/** Page size when `limit` is absent, and the largest allowed (DESIGN §4: page size ≤ 200). */
export const DEFAULT_FEED_LIMIT = 50;
export const MAX_FEED_LIMIT = 200;
