import type { Term } from '@rdfjs/types';
import { escapeXmlText as escapeXml } from './escapeXmlText.js';
import type { SolutionResult } from './SolutionTable.js';

const NS = 'http://www.w3.org/2005/sparql-results#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/**
 * Writes SELECT or ASK results as SPARQL Query Results XML (https://www.w3.org/TR/rdf-sparql-XMLres/ §2.1
 * head, §2.3 results, §2.3.1 RDF terms, §2.4 boolean). Pure.
 */
export function writeResultsXml(result: SolutionResult): string {
  const out = ['<?xml version="1.0"?>\n', `<sparql xmlns="${NS}">`];
  if (result.kind === 'boolean') {
    out.push('<head/>', `<boolean>${result.value}</boolean>`, '</sparql>\n');
    return out.join('');
  }
  out.push('<head>');
  for (const name of result.table.variables) out.push(`<variable name="${escapeXml(name)}"/>`);
  out.push('</head><results>');
  for (const row of result.table.rows) {
    out.push('<result>');
    for (const [name, term] of row) out.push(`<binding name="${escapeXml(name)}">${xmlTerm(term)}</binding>`);
    out.push('</result>');
  }
  out.push('</results></sparql>\n');
  return out.join('');
}

function xmlTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<uri>${escapeXml(term.value)}</uri>`;
    case 'BlankNode':
      return `<bnode>${escapeXml(term.value)}</bnode>`;
    case 'Literal':
      if (term.language) return `<literal xml:lang="${escapeXml(term.language)}">${escapeXml(term.value)}</literal>`;
      if (term.datatype.value === XSD_STRING) return `<literal>${escapeXml(term.value)}</literal>`;
      return `<literal datatype="${escapeXml(term.datatype.value)}">${escapeXml(term.value)}</literal>`;
    default:
      return `<literal>${escapeXml(term.value)}</literal>`;
  }
}
