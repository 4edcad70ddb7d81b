import type { Term } from '@rdfjs/types';
import type { SolutionResult } from './SolutionTable.js';

/**
 * Writes SELECT or ASK results as SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/
 * §3.1 head, §3.2 results, §3.2.2 RDF terms, §3.3 boolean). Pure.
 */
export function writeResultsJson(result: SolutionResult): string {
  if (result.kind === 'boolean') return JSON.stringify({ head: {}, boolean: result.value });
  const { variables, rows } = result.table;
  const bindings = rows.map((row) => {
    const binding: Record<string, object> = {};
    for (const [name, term] of row) binding[name] = jsonTerm(term);
    return binding;
  });
  return JSON.stringify({ head: { vars: variables }, results: { bindings } });
}

function jsonTerm(term: Term): object {
  switch (term.termType) {
    case 'NamedNode':
      return { type: 'uri', value: term.value };
    case 'BlankNode':
      return { type: 'bnode', value: term.value };
    case 'Literal':
      if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
      // §3.2.2: a simple literal has no datatype member (xsd:string is implied).
      if (term.datatype.value === XSD_STRING) return { type: 'literal', value: term.value };
      return { type: 'literal', value: term.value, datatype: term.datatype.value };
    default:
      return { type: 'literal', value: term.value };
  }
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
