import type { CitationSubject } from './CitationSubject.js';
import { recordToCsl } from './recordToCsl.js';

/**
 * The record as CSL-JSON (`application/vnd.citationstyles.csl+json`): an array of one item, the shape of the
 * CSL 1.0.2 `csl-data.json` schema and of DOI content negotiation. Pure.
 */
export function renderCslJson(subject: CitationSubject): string {
  return JSON.stringify([recordToCsl(subject)], null, 2);
}
