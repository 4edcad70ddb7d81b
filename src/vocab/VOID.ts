import { namespace } from './namespace.js';

/** Vocabulary of Interlinked Datasets (VoID, https://www.w3.org/TR/void/). */
export const VOID = namespace('http://rdfs.org/ns/void#', [
  'Dataset', 'DatasetDescription', 'sparqlEndpoint', 'uriSpace', 'triples', 'entities', 'classes', 'properties',
  'distinctSubjects', 'distinctObjects', 'vocabulary', 'exampleResource', 'classPartition', 'propertyPartition',
  'class', 'property', 'dataDump', 'feature', 'rootResource', 'uriLookupEndpoint',
]);

/** FOAF terms used by dataset descriptions (http://xmlns.com/foaf/spec/). */
export const FOAF = namespace('http://xmlns.com/foaf/0.1/', ['primaryTopic', 'homepage', 'page']);
