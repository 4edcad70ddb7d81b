import { namespace } from './namespace.js';

export const RDFS = namespace('http://www.w3.org/2000/01/rdf-schema#', ['label', 'comment', 'seeAlso', 'Class', 'subClassOf']);
