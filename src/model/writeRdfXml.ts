import { Parser } from 'n3';
import type { Term } from '@rdfjs/types';
import * as ox from 'oxigraph';

/**
 * Writes the triples of N-Quads (graph names dropped: RDF/XML 1.1 serialises one graph; a record's graph is
 * named by the record IRI, which is also its subject) as RDF/XML (`application/rdf+xml`, W3C RDF 1.1 XML
 * Syntax), using Oxigraph's serialiser on a throw-away in-memory store. Blank nodes keep the labels n3 gives
 * them, so the same input always gives the same bytes (strong ETags). Meant for one record's graph (a few
 * hundred quads), so it runs on the caller's thread. Pure.
 */
export function writeRdfXml(nquads: string): string {
  const quads = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(nquads);
  const store = new ox.Store(quads.map((q) => ox.quad(toOx(q.subject) as ox.NamedNode, ox.namedNode(q.predicate.value), toOx(q.object))));
  return store.dump({ format: 'application/rdf+xml', from_graph_name: ox.defaultGraph() });
}

function toOx(term: Term): ox.NamedNode | ox.BlankNode | ox.Literal {
  switch (term.termType) {
    case 'NamedNode':
      return ox.namedNode(term.value);
    case 'BlankNode':
      return ox.blankNode(`b${term.value.replace(/[^A-Za-z0-9]/g, '')}`);
    case 'Literal':
      return term.language ? ox.literal(term.value, term.language) : ox.literal(term.value, ox.namedNode(term.datatype.value));
    default:
      throw new Error(`cannot write a ${term.termType} in RDF/XML`);
  }
}
