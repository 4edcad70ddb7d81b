import type { QueryForm } from './queryShape.js';

/**
 * Media types of SELECT and ASK results: SPARQL 1.1 Query Results JSON, XML, CSV and TSV. Oxigraph 0.5 takes
 * these media types as `results_format` as they are.
 */
export const SOLUTION_MEDIA_TYPES: readonly string[] = [
  'application/sparql-results+json',
  'application/sparql-results+xml',
  'text/csv',
  'text/tab-separated-values',
];

/**
 * Media types of CONSTRUCT and DESCRIBE results. Oxigraph writes the triples of the result graph; for N-Quads
 * these are quads in the default graph, which is valid N-Quads (RDF 1.1 N-Quads §2). For JSON-LD Oxigraph
 * 0.5 writes expanded JSON-LD (JSON-LD 1.1 §9.1), without a context: callers compact it.
 */
export const GRAPH_MEDIA_TYPES: readonly string[] = [
  'text/turtle',
  'application/n-triples',
  'application/n-quads',
  'application/rdf+xml',
  'application/ld+json',
];

/** The result media types a query form can be answered in; every supported one when the form is unknown. */
export function resultMediaTypesFor(form: QueryForm | undefined): readonly string[] {
  switch (form) {
    case 'SELECT':
    case 'ASK':
      return SOLUTION_MEDIA_TYPES;
    case 'CONSTRUCT':
    case 'DESCRIBE':
      return GRAPH_MEDIA_TYPES;
    case undefined:
      return [...SOLUTION_MEDIA_TYPES, ...GRAPH_MEDIA_TYPES];
  }
}
