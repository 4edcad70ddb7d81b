import { XML_NAMESPACES } from '../../vocab/index.js';

/** A metadata format the provider disseminates (OAI-PMH 2.0 §3.4). */
export interface MetadataFormat {
  prefix: 'oai_dc' | 'rdf';
  schema: string;
  namespace: string;
}

/**
 * The formats every record is available in: `oai_dc` (required of every repository, §3.4) and `rdf`, the record's
 * Bioschemas TrainingMaterial graph in RDF/XML, as TeSS's OAI-PMH ingestor asks for (`metadataPrefix=rdf`, then
 * reads `metadata/rdf:RDF`).
 */
export function metadataFormats(baseUrl: string): MetadataFormat[] {
  return [
    { prefix: 'oai_dc', schema: XML_NAMESPACES.oaiDcSchema, namespace: XML_NAMESPACES.oaiDc },
    { prefix: 'rdf', schema: `${baseUrl}oai-pmh/rdf.xsd`, namespace: XML_NAMESPACES.rdfSyntax },
  ];
}
