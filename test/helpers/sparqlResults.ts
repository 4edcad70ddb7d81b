import { DOMParser } from '@xmldom/xmldom';
import type { Quad } from '@rdfjs/types';
import { jsonLdToQuads } from './jsonLdToQuads.js';
import { parseRdfXml } from './parseRecordBody.js';
import { parseRdf } from './rdf.js';

/** SELECT or ASK results read back from any of the four SPARQL result formats, terms as strings. */
export type ParsedSolutions = { variables: string[]; rows: Record<string, string>[] } | { boolean: boolean };

const RESULTS_NS = 'http://www.w3.org/2005/sparql-results#';

/**
 * Reads SPARQL results in JSON, XML, CSV or TSV with independent parsers (JSON.parse, xmldom, a small RFC 4180
 * reader, a TSV split) into one shape: IRIs and literals by their value, so that the formats can be compared.
 */
export function parseSolutions(mediaType: string, text: string): ParsedSolutions {
  switch (mediaType) {
    case 'application/sparql-results+json': {
      const json = JSON.parse(text) as { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: Record<string, { value: string }>[] } };
      if (json.boolean !== undefined) return { boolean: json.boolean };
      return { variables: json.head.vars ?? [], rows: (json.results?.bindings ?? []).map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value]))) };
    }
    case 'application/sparql-results+xml': {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const boolean = document.getElementsByTagNameNS(RESULTS_NS, 'boolean')[0];
      if (boolean) return { boolean: boolean.textContent === 'true' };
      const variables = Array.from(document.getElementsByTagNameNS(RESULTS_NS, 'variable')).map((v) => v.getAttribute('name') ?? '');
      const rows = Array.from(document.getElementsByTagNameNS(RESULTS_NS, 'result')).map((result) =>
        Object.fromEntries(Array.from(result.getElementsByTagNameNS(RESULTS_NS, 'binding')).map((b) => [b.getAttribute('name') ?? '', b.textContent ?? ''])));
      return { variables, rows };
    }
    case 'text/csv': {
      const lines = readCsv(text);
      if (lines.length === 1 && (lines[0]?.[0] === 'true' || lines[0]?.[0] === 'false')) return { boolean: lines[0][0] === 'true' };
      const [header = [], ...body] = lines;
      return { variables: header, rows: body.map((fields) => Object.fromEntries(header.flatMap((name, i) => (fields[i] ? [[name, fields[i]]] : [])))) };
    }
    case 'text/tab-separated-values': {
      const lines = text.replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
      if (lines.length === 1 && (lines[0]?.[0] === 'true' || lines[0]?.[0] === 'false')) return { boolean: lines[0][0] === 'true' };
      const [header = [], ...body] = lines;
      const value = (field: string): string => field.replace(/^<(.*)>$/, '$1').replace(/^"(.*)"(@[\w-]+|\^\^<[^>]*>)?$/, '$1').replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c);
      return { variables: header.map((name) => name.replace(/^\?/, '')), rows: body.map((fields) => Object.fromEntries(header.flatMap((name, i) => (fields[i] ? [[name.replace(/^\?/, ''), value(fields[i])]] : [])))) };
    }
    default:
      throw new Error(`not a SPARQL results format: ${mediaType}`);
  }
}

/** An RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF line ends. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** Reads CONSTRUCT/DESCRIBE results in any graph format with a real parser (n3, jsonld.js, rdfxml-streaming-parser). */
export async function parseGraph(mediaType: string, text: string, baseIRI?: string): Promise<Quad[]> {
  switch (mediaType) {
    case 'application/ld+json':
      return jsonLdToQuads(JSON.parse(text));
    case 'application/rdf+xml':
      return parseRdfXml(text, baseIRI);
    default:
      return parseRdf(text, { format: mediaType, ...(baseIRI ? { baseIRI } : {}) });
  }
}
