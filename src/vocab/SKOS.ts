import { namespace } from './namespace.js';

export const SKOS = namespace('http://www.w3.org/2004/02/skos/core#', [
  'Concept', 'ConceptScheme', 'prefLabel', 'altLabel', 'broader', 'narrower', 'inScheme', 'notation', 'definition',
]);
