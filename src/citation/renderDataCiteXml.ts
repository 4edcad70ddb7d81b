import type { CitationSubject } from './CitationSubject.js';
import type { DataCiteName, DataCiteResource } from './DataCiteResource.js';
import { recordToDataCite } from './recordToDataCite.js';
import { writeXml, xmlElement as el, type XmlElement } from './xmlElement.js';

/** DataCite Metadata Schema kernel-4 namespace and the 4.5 XSD location. */
export const DATACITE_NAMESPACE = 'http://datacite.org/schema/kernel-4';
const SCHEMA_LOCATION = `${DATACITE_NAMESPACE} http://schema.datacite.org/meta/kernel-4.5/metadata.xsd`;

/**
 * The record as DataCite XML (`application/vnd.datacite.datacite+xml`, DataCite Metadata Schema 4.5): the same
 * resource as `renderDataCiteJson`, with the schema's element and attribute names (`<identifier>`,
 * `<creators>`, `<titles>`, `<publisher>`, `<publicationYear>`, `<resourceType>` first). Pure.
 */
export function renderDataCiteXml(subject: CitationSubject): string {
  return writeXml(dataCiteXml(recordToDataCite(subject)));
}

function dataCiteXml(r: DataCiteResource): XmlElement {
  const [primary, ...alternates] = r.identifiers;
  const list = (name: string, children: XmlElement[]): XmlElement[] => (children.length > 0 ? [el(name, {}, children)] : []);
  return el('resource', { xmlns: DATACITE_NAMESPACE, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': SCHEMA_LOCATION }, [
    el('identifier', { identifierType: primary!.identifierType }, [primary!.identifier]),
    el('creators', {}, r.creators.map((creator) => el('creator', {}, nameParts(creator, 'creatorName')))),
    el('titles', {}, r.titles.map((title) => el('title', { titleType: title.titleType }, [title.title]))),
    el('publisher', {}, [r.publisher]),
    el('publicationYear', {}, [String(r.publicationYear)]),
    el('resourceType', { resourceTypeGeneral: r.types.resourceTypeGeneral }, [r.types.resourceType]),
    ...list('subjects', r.subjects.map((s) => el('subject', {}, [s.subject]))),
    ...list('contributors', r.contributors.map((c) => el('contributor', { contributorType: c.contributorType }, nameParts(c, 'contributorName')))),
    ...list('dates', r.dates.map((d) => el('date', { dateType: d.dateType }, [d.date]))),
    ...(r.language ? [el('language', {}, [r.language])] : []),
    ...list('alternateIdentifiers', alternates.map((a) => el('alternateIdentifier', { alternateIdentifierType: a.identifierType }, [a.identifier]))),
    ...list('relatedIdentifiers', r.relatedIdentifiers.map((x) => el('relatedIdentifier', { relatedIdentifierType: x.relatedIdentifierType, relationType: x.relationType }, [x.relatedIdentifier]))),
    ...(r.version ? [el('version', {}, [r.version])] : []),
    ...list('rightsList', r.rightsList.map((x) => el('rights', { rightsURI: x.rightsUri, rightsIdentifier: x.rightsIdentifier, rightsIdentifierScheme: x.rightsIdentifierScheme, schemeURI: x.schemeUri }, [x.rights]))),
    ...list('descriptions', r.descriptions.map((d) => el('description', { descriptionType: d.descriptionType }, [d.description]))),
  ]);
}

function nameParts(name: DataCiteName, element: string): XmlElement[] {
  return [
    el(element, { nameType: name.nameType }, [name.name]),
    ...(name.givenName ? [el('givenName', {}, [name.givenName])] : []),
    ...(name.familyName ? [el('familyName', {}, [name.familyName])] : []),
    ...name.nameIdentifiers.map((id) => el('nameIdentifier', { nameIdentifierScheme: id.nameIdentifierScheme, schemeURI: id.schemeUri }, [id.nameIdentifier])),
  ];
}
