import { namespace } from './namespace.js';

export const RDF = namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#', ['type', 'langString']);
