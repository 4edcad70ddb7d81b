import type { FeedFilter } from './FeedFilter.js';
import { FACETS } from './facetValues.js';
import { ftsMatch } from './ftsMatch.js';

/** An SQL condition over `materials m` and the values of its placeholders. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * The condition that selects the records of a feed filter: active, every facet matching one of its values
 * (`facet_postings`), modified at or after `modifiedSince` (`materials_modified`), every text word matching
 * (`materials_fts`). The same filter always gives the same SQL text, so statements can be prepared once per shape.
 * Pure.
 */
export function feedCondition(filter: FeedFilter): SqlCondition {
  const where: string[] = ["m.status = 'active'"];
  const params: unknown[] = [];
  for (const facet of FACETS) {
    const values = filter.facets[facet];
    if (!values || values.length === 0) continue;
    where.push(`m.rowid IN (SELECT material_rowid FROM facet_postings WHERE facet = ? AND value IN (${values.map(() => '?').join(', ')}))`);
    params.push(facet, ...values);
  }
  if (filter.modifiedSince !== undefined) {
    where.push('m.modified >= ?');
    params.push(filter.modifiedSince);
  }
  const match = filter.text === undefined ? undefined : ftsMatch(filter.text);
  if (match !== undefined) {
    where.push('m.id IN (SELECT id FROM materials_fts WHERE materials_fts MATCH ?)');
    params.push(match);
  }
  return { sql: where.join(' AND '), params };
}
