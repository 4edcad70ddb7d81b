import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CslItem } from './CslItem.js';

/**
 * The one place that loads Citation.js and its output plugins (BibTeX, RIS, CSL). Only CSL-JSON objects go
 * in (forced type `@csl/list+object`), so Citation.js never guesses an input type and never fetches a URL.
 */
export function citeJs(items: readonly CslItem[]): Cite {
  return new Cite(items.map((item) => ({ ...item })), { forceType: '@csl/list+object' });
}
