import { feedCondition } from '../../src/journal/feedCondition.js';
import type { FeedFilter } from '../../src/journal/FeedFilter.js';
import { feedPageQuery, pageOf, type FeedCursor, type FeedPage } from '../../src/journal/FeedPage.js';
import type { Journal } from '../../src/journal/Journal.js';
import { storedRecordOf, type MaterialRow } from '../../src/journal/storedRecordOf.js';

/**
 * The plainest reading of a feed page: count and page read with fresh statements, whole rows, no caching. The
 * reference that `FeedReader` (prepared statements, cached counts, lighter columns) is checked against.
 */
export function listFeedPage(journal: Journal, filter: FeedFilter, cursor: FeedCursor, limit: number): FeedPage {
  const condition = feedCondition(filter);
  const total = (journal.db.prepare(`SELECT count(*) AS n FROM materials m WHERE ${condition.sql}`).get(...condition.params) as { n: number }).n;
  const query = feedPageQuery('m.*', condition.sql, cursor);
  const rows = journal.db.prepare(query.sql).all(...condition.params, ...query.params, limit + 1) as MaterialRow[];
  const page = pageOf(rows, limit, cursor);
  return { records: page.records.map(storedRecordOf), hasMore: page.hasMore, total };
}
