import type { CitationSubject } from './CitationSubject.js';
import { citeJs } from './citeJs.js';
import { recordToCsl } from './recordToCsl.js';

/** Formatted citations are memoised: a record version's citation never changes, and citeproc is not free. */
const MEMO_SIZE = 512;
const memo = new Map<string, string>();

/**
 * A ready-to-paste citation of the record in Harvard style (plain text), formatted by citeproc-js through
 * Citation.js (its bundled `harvard1` CSL style: it ends with "Available at: <identifier>", and its engine
 * starts in tens of milliseconds where APA's takes seconds). It cites the persistent identifier: the DOI is
 * left to the machine-readable formats, as the style would otherwise print it instead. Pure (memoised by record
 * version and identifier).
 */
export function formatCitation(subject: CitationSubject): string {
  const key = [subject.citeAs, subject.record.version, subject.record.modified, subject.providerName].join('\n');
  const cached = memo.get(key);
  if (cached !== undefined) return cached;
  const { DOI: _doi, ...item } = recordToCsl(subject);
  const text = citeJs([item]).format('bibliography', { format: 'text', template: 'harvard1', lang: 'en-US' }).trim();
  const citation = text.includes(subject.citeAs) ? text : `${text} ${subject.citeAs}`;
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, citation);
  return citation;
}
