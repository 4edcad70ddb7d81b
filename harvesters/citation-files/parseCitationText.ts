import { cleanText, extractDois, isPlaceholder } from '../../src/normalise/index.js';
import type { CitationInfo } from './CitationInfo.js';
import { quoted } from '../lesson-text/index.js';

/** A lead-in line such as "Please cite as:" that is not part of the citation itself. */
/** Longest prefix of the file that is read: a citation is a paragraph. */
const MAX_READ = 20_000;

const LEAD_IN = /^(please\s+)?cite\s+(this\s+(lesson|work|material)\s+)?(as|using)\b[^\n]*:?\s*\n/i;

/**
 * Reads a free-text `CITATION` file (the Carpentries styles template's), which is prose, not data: every DOI in
 * it (any resolver form, e.g. `http://doi.org/10.5281/zenodo.3266823`) is found with `extractDois`; the first is
 * the DOI to cite and the rest are further identifiers. The text itself, without a "Please cite as:" lead-in,
 * is kept as a ready-made citation. The template's placeholder "FIXME: describe how to cite this lesson." gives
 * nothing but a warning.
 */
export function parseCitationText(text: string, location: string): CitationInfo {
  const warnings: string[] = [];
  const cleaned = cleanText(text.slice(0, MAX_READ), { maxLength: 5000 });
  if (cleaned === '') return { warnings };
  if (isPlaceholder(cleaned)) {
    warnings.push(`${location}: placeholder text ${quoted(cleaned, 60)} dropped`);
    return { warnings };
  }
  const info: CitationInfo = { warnings };
  const [doi, ...others] = [...new Set(extractDois(cleaned))];
  if (doi) info.doi = doi;
  if (others.length > 0) info.identifiers = others;
  const citation = cleanText(cleaned.replace(LEAD_IN, ''), { singleLine: true, maxLength: 5000 });
  if (citation !== '') info.citation = citation;
  return info;
}
