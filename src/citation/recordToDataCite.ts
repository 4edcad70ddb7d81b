import { emptyMaterial, type Agent } from '../model/Material.js';
import { IDENTIFIER_BASES } from '../vocab/index.js';
import type { CitationSubject } from './CitationSubject.js';
import { citationDate, citationYear } from './citationDate.js';
import { cslName } from './cslName.js';
import type { DataCiteName, DataCiteResource } from './DataCiteResource.js';
import { doiName } from './doiName.js';

/**
 * Maps a record to DataCite Metadata Schema 4.5 (DataCite JSON). Identifier (property 1): the material's DOI
 * when it has one, else the FAIRCat PID as a `URL` identifier (FAIRCat mints no DOIs; see
 * docs/decisions/0005-identifier-policy.md); the PID is always listed. ResourceType (10): `InteractiveResource`,
 * which DataCite defines to include training modules. Creators (2): the authors, else the provider as an
 * organisation; Publisher (4): the provider; PublicationYear (5): the year of the citation date. Pure.
 */
export function recordToDataCite(subject: CitationSubject): DataCiteResource {
  const { record } = subject;
  const m = emptyMaterial(record.material);
  const doi = doiName(m.doi);
  const identifiers: DataCiteResource['identifiers'] = [];
  if (doi) identifiers.push({ identifier: doi, identifierType: 'DOI' });
  identifiers.push({ identifier: subject.citeAs, identifierType: 'URL' });
  for (const other of m.identifiers) {
    const otherDoi = doiName(other);
    if (otherDoi !== doi) identifiers.push(otherDoi ? { identifier: otherDoi, identifierType: 'DOI' } : { identifier: other, identifierType: 'URL' });
  }
  const resource: DataCiteResource = {
    ...(doi ? { id: `${IDENTIFIER_BASES.doi}${doi}`, doi } : {}),
    identifiers,
    creators: m.authors.length > 0 ? m.authors.map(dataCiteName) : [{ name: subject.providerName, nameType: 'Organizational', nameIdentifiers: [] }],
    titles: [{ title: m.name }, ...m.alternateNames.map((title) => ({ title, titleType: 'AlternativeTitle' as const }))],
    publisher: subject.providerName,
    publicationYear: citationYear(record),
    types: { resourceTypeGeneral: 'InteractiveResource', resourceType: 'Training material', schemaOrg: 'LearningResource', citeproc: 'document', bibtex: 'misc', ris: 'GEN' },
    subjects: m.keywords.map((subjectText) => ({ subject: subjectText })),
    contributors: m.contributors.map((agent) => ({ ...dataCiteName(agent), contributorType: 'Other' })),
    dates: dates(subject),
    relatedIdentifiers: [
      ...m.sameAs.map((iri) => related(iri, 'IsIdenticalTo')),
      ...(m.repository ? [related(m.repository, 'IsSupplementedBy')] : []),
      ...(m.isPartOf ? [related(m.isPartOf, 'IsPartOf')] : []),
      ...m.hasPart.filter((part) => part.url).map((part) => related(part.url!, 'HasPart')),
      ...(subject.version ? [related(subject.citeAs.replace(/\/versions\/\d+$/, ''), 'IsVersionOf')] : []),
    ],
    rightsList: m.license ? [rights(m.license)] : [],
    descriptions: m.description ? [{ description: m.description, descriptionType: 'Abstract' }] : [],
    url: m.url,
    schemaVersion: 'http://datacite.org/schema/kernel-4',
  };
  if (m.inLanguage) resource.language = m.inLanguage;
  if (m.version) resource.version = m.version;
  return resource;
}

function dataCiteName(agent: Agent): DataCiteName {
  const nameIdentifiers: DataCiteName['nameIdentifiers'] = agent.orcid ? [{ nameIdentifier: agent.orcid, nameIdentifierScheme: 'ORCID', schemeUri: 'https://orcid.org' }] : [];
  if (agent.type === 'Organization') return { name: agent.name, nameType: 'Organizational', nameIdentifiers };
  const csl = cslName(agent);
  if (csl.family === undefined) return { name: agent.name, nameType: 'Personal', nameIdentifiers };
  const family = [csl['non-dropping-particle'], csl.family].filter(Boolean).join(' ');
  return {
    name: csl.given ? `${family}, ${csl.given}` : family,
    nameType: 'Personal',
    ...(csl.given ? { givenName: csl.given } : {}),
    familyName: family,
    nameIdentifiers,
  };
}

function dates(subject: CitationSubject): DataCiteResource['dates'] {
  const m = subject.record.material;
  const out: DataCiteResource['dates'] = [{ date: citationDate(subject.record), dateType: 'Issued' }];
  if (m.dateCreated) out.push({ date: m.dateCreated, dateType: 'Created' });
  if (m.dateModified) out.push({ date: m.dateModified, dateType: 'Updated' });
  return out;
}

function related(iri: string, relationType: string): DataCiteResource['relatedIdentifiers'][number] {
  const doi = doiName(iri);
  return doi ? { relatedIdentifier: doi, relatedIdentifierType: 'DOI', relationType } : { relatedIdentifier: iri, relatedIdentifierType: 'URL', relationType };
}

function rights(license: string): DataCiteResource['rightsList'][number] {
  if (!license.startsWith(IDENTIFIER_BASES.spdx)) return { rights: license, rightsUri: license };
  const id = license.slice(IDENTIFIER_BASES.spdx.length);
  return { rights: id, rightsUri: license, rightsIdentifier: id.toLowerCase(), rightsIdentifierScheme: 'SPDX', schemeUri: IDENTIFIER_BASES.spdx };
}
