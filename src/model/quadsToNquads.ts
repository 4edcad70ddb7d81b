import type { Quad, Term } from '@rdfjs/types';
import { RDF, XSD } from '../vocab/index.js';

/**
 * Characters a string literal must escape (RDF 1.1 N-Quads §3 / N-Triples §4, `STRING_LITERAL_QUOTE` excludes `"`,
 * `\`, LF and CR; the other C0 controls are escaped too, so that no line-oriented reader trips on them), and the
 * characters an `IRIREF` may not contain raw (`#x00-#x20 < > " { } | ^ \``), written as `UCHAR`.
 */
// eslint-disable-next-line no-control-regex -- the C0 controls are exactly what must be escaped
const LITERAL_ESCAPE = /["\\\u0000-\u001f]/;
// eslint-disable-next-line no-control-regex -- the C0 controls are exactly what must be escaped
const LITERAL_ESCAPE_ALL = /["\\\u0000-\u001f]/g;
// eslint-disable-next-line no-control-regex -- IRIREF excludes #x00 to #x20
const IRI_ESCAPE = /[\u0000-\u0020<>"{}|^`\\]/;
// eslint-disable-next-line no-control-regex -- IRIREF excludes #x00 to #x20
const IRI_ESCAPE_ALL = /[\u0000-\u0020<>"{}|^`\\]/g;

const ECHAR: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function uchar(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Writes quads as N-Quads (W3C RDF 1.1 N-Quads), one statement a line, in the order given. Blank nodes get
 * labels `b0`, `b1`, … in order of first appearance, so that the same quads always give the same text whatever
 * labels their terms carried (blank node labels are scoped to the document, N-Quads §2.4). Pure, and about
 * twenty times faster than n3's `Writer` on a record's quads: it is how the harvest writes every stored record.
 * IRIs must be valid (the harvest checks them, docs/decisions/0029): one with a character `IRIREF` forbids is
 * written with `UCHAR` escapes, as n3's `Writer` does, which strict parsers reject.
 */
export function quadsToNquads(quads: Iterable<Quad>): string {
  const blankLabels = new Map<string, string>();
  const term = (t: Term): string => {
    switch (t.termType) {
      case 'NamedNode':
        return iri(t.value);
      case 'BlankNode': {
        let label = blankLabels.get(t.value);
        if (label === undefined) {
          label = `_:b${blankLabels.size}`;
          blankLabels.set(t.value, label);
        }
        return label;
      }
      case 'Literal': {
        const value = LITERAL_ESCAPE.test(t.value) ? t.value.replace(LITERAL_ESCAPE_ALL, (c) => ECHAR[c] ?? uchar(c)) : t.value;
        if (t.language !== '') return `"${value}"@${t.language}`;
        const datatype = t.datatype.value;
        return datatype === XSD.string || datatype === RDF.langString ? `"${value}"` : `"${value}"^^${iri(datatype)}`;
      }
      case 'DefaultGraph':
        return '';
      default:
        throw new TypeError(`N-Quads cannot write a ${t.termType} term`);
    }
  };
  let out = '';
  for (const quad of quads) {
    const graph = term(quad.graph);
    out += `${term(quad.subject)} ${term(quad.predicate)} ${term(quad.object)}${graph === '' ? '' : ` ${graph}`} .\n`;
  }
  return out;
}

function iri(value: string): string {
  return IRI_ESCAPE.test(value) ? `<${value.replace(IRI_ESCAPE_ALL, uchar)}>` : `<${value}>`;
}
