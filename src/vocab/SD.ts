import { namespace } from './namespace.js';

/** SPARQL 1.1 Service Description. */
export const SD = namespace('http://www.w3.org/ns/sparql-service-description#', [
  'Service', 'endpoint', 'supportedLanguage', 'SPARQL11Query', 'resultFormat', 'feature', 'UnionDefaultGraph',
  'BasicFederatedQuery', 'defaultDataset', 'Dataset', 'defaultGraph', 'Graph', 'EmptyGraphs',
]);

/** W3C format IRIs (https://www.w3.org/ns/formats/). */
export const FORMATS = Object.freeze({
  sparqlResultsJson: 'http://www.w3.org/ns/formats/SPARQL_Results_JSON',
  sparqlResultsXml: 'http://www.w3.org/ns/formats/SPARQL_Results_XML',
  sparqlResultsCsv: 'http://www.w3.org/ns/formats/SPARQL_Results_CSV',
  sparqlResultsTsv: 'http://www.w3.org/ns/formats/SPARQL_Results_TSV',
  turtle: 'http://www.w3.org/ns/formats/Turtle',
  nTriples: 'http://www.w3.org/ns/formats/N-Triples',
  nQuads: 'http://www.w3.org/ns/formats/N-Quads',
  rdfXml: 'http://www.w3.org/ns/formats/RDF_XML',
  jsonLd: 'http://www.w3.org/ns/formats/JSON-LD',
});
