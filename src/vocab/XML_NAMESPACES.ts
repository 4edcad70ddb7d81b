/**
 * XML namespaces and schema locations of the XML formats FAIRCat writes: OAI-PMH 2.0 (with `oai_dc` and RDF/XML
 * metadata) and the sitemaps protocol 0.9.
 */
export const XML_NAMESPACES = Object.freeze({
  oaiPmh: 'http://www.openarchives.org/OAI/2.0/',
  oaiPmhSchema: 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd',
  oaiDc: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
  oaiDcSchema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  dcElements: 'http://purl.org/dc/elements/1.1/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  rdfSyntax: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
});
