import type { CatalogRecord } from '../../model/CatalogRecord.js';
import { XML_NAMESPACES } from '../../vocab/index.js';
import { xmlElement, type XmlMarkup } from '../xml/xmlElement.js';

/**
 * A record as unqualified Dublin Core in the `oai_dc` container (OAI-PMH 2.0 §6.2 and the `oai_dc` schema), the
 * format every OAI-PMH harvester reads: title(s), creators, contributors, subjects (keywords), description, publisher
 * (the provider), dates, type, format, identifiers (record IRI, landing page, DOIs), language, rights (licence IRI)
 * and relations (larger work, source repository). Pure.
 */
export function oaiDc(record: CatalogRecord, recordIri: string, providerName: string): XmlMarkup {
  const { material } = record;
  const dc = (name: string, values: readonly (string | undefined)[]): XmlMarkup[] =>
    values.filter((value): value is string => value !== undefined && value !== '').map((value) => xmlElement(`dc:${name}`, {}, value));
  return xmlElement(
    'oai_dc:dc',
    {
      'xmlns:oai_dc': XML_NAMESPACES.oaiDc,
      'xmlns:dc': XML_NAMESPACES.dcElements,
      'xmlns:xsi': XML_NAMESPACES.xsi,
      'xsi:schemaLocation': `${XML_NAMESPACES.oaiDc} ${XML_NAMESPACES.oaiDcSchema}`,
    },
    dc('title', [material.name, ...material.alternateNames]),
    dc('creator', material.authors.map((agent) => agent.name)),
    dc('subject', material.keywords),
    dc('description', [material.description]),
    dc('publisher', [providerName]),
    dc('contributor', material.contributors.map((agent) => agent.name)),
    dc('date', [material.datePublished, material.dateCreated, material.dateModified]),
    dc('type', ['Text', ...material.types, ...material.learningResourceType]),
    dc('format', ['text/html']),
    dc('identifier', [recordIri, material.url, material.doi, ...material.identifiers]),
    dc('language', [material.inLanguage]),
    dc('relation', [material.isPartOf, material.repository]),
    dc('rights', [material.license]),
  );
}
