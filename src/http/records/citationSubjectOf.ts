import type { CitationSubject } from '../../citation/CitationSubject.js';
import type { RecordView } from './RecordView.js';

/** What the citation renderers need from a view: the record, the IRI to cite and, for versions, which one. */
export function citationSubjectOf(view: RecordView): CitationSubject {
  return {
    record: view.record,
    citeAs: view.citeAs,
    providerName: view.providerName,
    ...(view.version ? { version: { number: view.version.number, created: view.version.created } } : {}),
  };
}
