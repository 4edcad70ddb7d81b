import { emptyMaterial, type Agent } from '../model/Material.js';
import { IDENTIFIER_BASES } from '../vocab/index.js';
import type { CffDocument, CffEntity, CffPerson } from './CffDocument.js';
import type { CitationSubject } from './CitationSubject.js';
import { citationDate } from './citationDate.js';
import { cslName } from './cslName.js';
import { doiName } from './doiName.js';

const URL_PATTERN = /^(https|http|ftp|sftp):\/\/.+/;

/**
 * Maps a record to a CITATION.cff document (Citation File Format 1.2.0). The required keys `cff-version`,
 * `message`, `title` and `authors` are always present (authors fall back to the provider as an entity);
 * `type` is left out because the schema only knows `software` and `dataset`; the FAIRCat PID (or the cited
 * version's IRI) is the first of `identifiers`, the material's DOI is `doi`, its landing page `url`. Pure.
 */
export function recordToCff(subject: CitationSubject): CffDocument {
  const { record } = subject;
  const m = emptyMaterial(record.material);
  const doc: CffDocument = {
    'cff-version': '1.2.0',
    message: subject.version
      ? `If you use this training material, please cite version ${subject.version.number} of its FAIRCat record using these metadata.`
      : 'If you use this training material, please cite it using these metadata.',
    title: m.name,
    authors: m.authors.length > 0 ? m.authors.map(cffAgent) : [{ name: subject.providerName }],
    identifiers: [{ type: 'url', value: subject.citeAs, description: subject.version ? `FAIRCat record ${record.id}, version ${subject.version.number}` : `FAIRCat record ${record.id}` }],
  };
  const doi = doiName(m.doi);
  if (m.description) doc.abstract = m.description;
  if (m.keywords.length > 0) doc.keywords = [...m.keywords];
  if (URL_PATTERN.test(m.url)) doc.url = m.url;
  if (m.repository && URL_PATTERN.test(m.repository)) doc['repository-code'] = m.repository;
  if (doi) doc.doi = doi;
  if (m.license?.startsWith(IDENTIFIER_BASES.spdx)) doc.license = m.license.slice(IDENTIFIER_BASES.spdx.length);
  if (m.version) doc.version = m.version;
  const released = citationDate(record);
  if (/^\d{4}-\d{2}-\d{2}$/.test(released)) doc['date-released'] = released;
  for (const other of m.identifiers) {
    const otherDoi = doiName(other);
    if (otherDoi === doi) continue;
    doc.identifiers.push(otherDoi ? { type: 'doi', value: otherDoi } : URL_PATTERN.test(other) ? { type: 'url', value: other } : { type: 'other', value: other });
  }
  return doc;
}

function cffAgent(agent: Agent): CffPerson | CffEntity {
  const extra = {
    ...(agent.orcid ? { orcid: agent.orcid } : {}),
    ...(agent.url && URL_PATTERN.test(agent.url) ? { website: agent.url } : {}),
  };
  const name = agent.type === 'Person' ? cslName(agent) : undefined;
  if (name?.family === undefined) return { name: agent.name, ...extra };
  return {
    ...(name.given ? { 'given-names': name.given } : {}),
    'family-names': name.family,
    ...(name['non-dropping-particle'] ? { 'name-particle': name['non-dropping-particle'] } : {}),
    ...(name.suffix ? { 'name-suffix': name.suffix } : {}),
    ...extra,
  };
}
