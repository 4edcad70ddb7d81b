import type { CitationSubject } from './CitationSubject.js';
import { citeJs } from './citeJs.js';
import { recordToCsl } from './recordToCsl.js';

/**
 * The record as one RIS reference (`application/x-research-info-systems`), written by Citation.js from its
 * CSL-JSON. Pure.
 */
export function renderRis(subject: CitationSubject): string {
  return citeJs([recordToCsl(subject)]).format('ris', { format: 'text' });
}
