import { emptyMaterial } from '../model/Material.js';
import type { CitationSubject } from './CitationSubject.js';
import { citationDate } from './citationDate.js';
import { cslName } from './cslName.js';
import type { CslDate, CslItem } from './CslItem.js';
import { doiName } from './doiName.js';

/**
 * Maps a record to one CSL-JSON item (Citation Style Language 1.0.2 `csl-data.json`), the pivot from which
 * Citation.js writes BibTeX and RIS. The item cites the persistent identifier (`URL` = the record or version
 * IRI) and keeps the material's own DOI in `DOI`. A material without credited authors is credited to its
 * provider (a corporate author), so that every citation names a creator. Pure.
 */
export function recordToCsl(subject: CitationSubject): CslItem {
  const { record } = subject;
  const m = emptyMaterial(record.material);
  const key = subject.version ? `faircat_${record.id}_v${subject.version.number}` : `faircat_${record.id}`;
  const item: CslItem = {
    id: key,
    type: 'document',
    'citation-key': key,
    title: m.name,
    author: m.authors.length > 0 ? m.authors.map(cslName) : [{ literal: subject.providerName }],
    publisher: subject.providerName,
    issued: cslDate(citationDate(record)),
    URL: subject.citeAs,
    genre: 'Training material',
    note: subject.version
      ? `FAIRCat record ${record.id}, version ${subject.version.number} of ${subject.version.created.slice(0, 10)}`
      : `FAIRCat record ${record.id}`,
    source: 'FAIRCat',
  };
  const doi = doiName(m.doi);
  if (doi) item.DOI = doi;
  if (m.version) item.version = m.version;
  if (m.description) item.abstract = m.description;
  if (m.keywords.length > 0) item.keyword = m.keywords.join(', ');
  if (m.inLanguage) item.language = m.inLanguage;
  if (item.issued === undefined) delete item.issued;
  return item;
}

function cslDate(value: string): CslDate | undefined {
  const parts = value.split('-').map(Number);
  if (parts.length === 0 || parts.some((part) => !Number.isInteger(part))) return undefined;
  const [year, month, day] = parts as [number, number?, number?];
  if (month === undefined) return { 'date-parts': [[year]] };
  if (day === undefined) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}
