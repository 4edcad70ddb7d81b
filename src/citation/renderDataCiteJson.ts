import type { CitationSubject } from './CitationSubject.js';
import { recordToDataCite } from './recordToDataCite.js';

/** The record as DataCite JSON (`application/vnd.datacite.datacite+json`, DataCite Metadata Schema 4.5). Pure. */
export function renderDataCiteJson(subject: CitationSubject): string {
  return JSON.stringify(recordToDataCite(subject), null, 2);
}
