import type { FeedPage } from '../../journal/FeedPage.js';
import type { FeedQuery } from './FeedQuery.js';
import type { FeedView } from './FeedView.js';

/**
 * Builds the page view and its links from a query and the journal's page. Links keep the filters and the page size;
 * `next` continues after the page's last record, `previous` before its first (keyset cursors). Pure.
 */
export function buildFeedView<R extends { id: string }>(baseUrl: string, query: FeedQuery, page: FeedPage<R>): FeedView<R> {
  const base = `${baseUrl}materials`;
  const link = (extra: [string, string][], withLimit = true): string => {
    const params = new URLSearchParams([...query.filterParams, ...(withLimit ? [['limit', String(query.limit)] as [string, string]] : []), ...extra]);
    const text = params.toString();
    return text === '' ? base : `${base}?${text}`;
  };
  const firstRecord = page.records[0];
  const lastRecord = page.records.at(-1);
  const backwards = query.cursor !== undefined && 'before' in query.cursor;
  const cursorParams: [string, string][] = query.cursor === undefined ? [] : 'before' in query.cursor ? [['before', query.cursor.before]] : [['after', query.cursor.after]];
  // Reading forwards, a next page exists when the journal had more; reading backwards, the page we came from follows.
  const hasNext = backwards ? true : page.hasMore;
  const hasPrevious = backwards ? page.hasMore : query.cursor !== undefined;
  return {
    collection: link([], false),
    page: link(cursorParams),
    first: link([]),
    ...(hasNext && lastRecord ? { next: link([['after', lastRecord.id]]) } : {}),
    ...(hasPrevious && firstRecord ? { previous: link([['before', firstRecord.id]]) } : {}),
    totalItems: page.total,
    records: page.records,
  };
}
