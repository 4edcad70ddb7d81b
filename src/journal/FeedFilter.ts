import type { Facet } from './facetValues.js';

/**
 * What a feed request selects (DESIGN §4 `/materials`): every condition must hold; several values of one facet
 * are alternatives. Facet values are normalised with `normaliseFacetValue` before they get here.
 */
export interface FeedFilter {
  /** Full-text words over name, description and keywords (all required, each a prefix). */
  text?: string;
  facets: Partial<Record<Facet, string[]>>;
  /** Only records the catalog changed at or after this ISO 8601 instant. */
  modifiedSince?: string;
}
