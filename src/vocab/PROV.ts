import { namespace } from './namespace.js';

/** PROV-O, the W3C provenance ontology. */
export const PROV = namespace('http://www.w3.org/ns/prov#', [
  'Activity', 'Entity', 'wasDerivedFrom', 'wasGeneratedBy', 'generatedAtTime', 'startedAtTime', 'endedAtTime',
  'used', 'wasAssociatedWith', 'hadPrimarySource',
]);
