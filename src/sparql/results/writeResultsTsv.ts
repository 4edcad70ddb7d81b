import type { Term } from '@rdfjs/types';
import type { SolutionResult } from './SolutionTable.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/**
 * Writes SELECT results as SPARQL 1.1 Query Results TSV (https://www.w3.org/TR/sparql11-results-csv-tsv/ §3):
 * a header of `?variables`, every RDF term in its SPARQL/Turtle syntax (`<iri>`, `"text"@en`,
 * `"1"^^<datatype>`, `_:label`), tabs between fields, LF line ends. An ASK result is one line `true` or
 * `false`. Pure.
 */
export function writeResultsTsv(result: SolutionResult): string {
  if (result.kind === 'boolean') return `${result.value}\n`;
  const { variables, rows } = result.table;
  const lines = [variables.map((name) => `?${name}`).join('\t')];
  for (const row of rows) lines.push(variables.map((name) => tsvTerm(row.get(name))).join('\t'));
  return `${lines.join('\n')}\n`;
}

function tsvTerm(term: Term | undefined): string {
  if (term === undefined) return '';
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const text = `"${escapeString(term.value)}"`;
      if (term.language) return `${text}@${term.language}`;
      return term.datatype.value === XSD_STRING ? text : `${text}^^<${term.datatype.value}>`;
    }
    default:
      return `"${escapeString(term.value)}"`;
  }
}

/** SPARQL 1.1 Query §19.7 string escapes; TSV §3 forbids raw tabs and line breaks in a field. */
function escapeString(text: string): string {
  return text.replace(/[\\"\t\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}
