import type { CitationSubject } from './CitationSubject.js';
import { citeJs } from './citeJs.js';
import { recordToCsl } from './recordToCsl.js';

/** The record as one BibTeX entry (`application/x-bibtex`), written by Citation.js from its CSL-JSON. Pure. */
export function renderBibtex(subject: CitationSubject): string {
  return citeJs([recordToCsl(subject)]).format('bibtex', { format: 'text' });
}
