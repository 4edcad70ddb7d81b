import type { Term } from '@rdfjs/types';
import type { SolutionResult } from './SolutionTable.js';

/**
 * Writes SELECT results as SPARQL 1.1 Query Results CSV (https://www.w3.org/TR/sparql11-results-csv-tsv/ §2):
 * a header of variable names, IRIs and literals as their plain text, blank nodes as `_:label`, fields quoted
 * when they contain a quote, comma or line break (RFC 4180), CRLF line ends. The CSV format has no boolean
 * form; an ASK result is written as one line `true` or `false`, as Oxigraph does. Pure.
 */
export function writeResultsCsv(result: SolutionResult): string {
  if (result.kind === 'boolean') return `${result.value}\r\n`;
  const { variables, rows } = result.table;
  const lines = [variables.map(field).join(',')];
  for (const row of rows) lines.push(variables.map((name) => field(csvValue(row.get(name)))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvValue(term: Term | undefined): string {
  if (term === undefined) return '';
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
