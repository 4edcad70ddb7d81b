import type { QueryForm } from '../graph/queryShape.js';

/**
 * The media types of SELECT and ASK results (SPARQL 1.1 Protocol §2.1.6 with the result formats of SPARQL 1.1
 * Query Results JSON, XML, CSV and TSV). CSV and TSV define no boolean: an ASK result is written `true`/`false`.
 */
export const SOLUTION_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'] as const;

/** The media types of CONSTRUCT and DESCRIBE results: Turtle, N-Triples, N-Quads, JSON-LD (our context), RDF/XML. */
export const GRAPH_TYPES = ['text/turtle', 'application/n-triples', 'application/n-quads', 'application/ld+json', 'application/rdf+xml'] as const;

/** The result media types of a query form, the preferred one first (it answers `Accept: *\/*`). */
export function resultTypesFor(form: QueryForm): readonly string[] {
  return form === 'SELECT' || form === 'ASK' ? SOLUTION_TYPES : GRAPH_TYPES;
}
