import { DataFactory, Parser, Writer } from 'n3';
import { DCT, FAIRCAT, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD } from '../vocab/index.js';

/** The RDF media types FAIRCat writes with n3. */
export const RDF_WRITE_TYPES = ['text/turtle', 'application/n-triples', 'application/n-quads', 'application/trig'] as const;
export type RdfWriteType = (typeof RDF_WRITE_TYPES)[number];

/** Prefixes used when writing Turtle and TriG. */
export const PREFIXES: Readonly<Record<string, string>> = Object.freeze({
  schema: SCHEMA.$base, dct: DCT.$base, prov: PROV.$base, rdf: RDF.$base, rdfs: RDFS.$base, xsd: XSD.$base,
  skos: SKOS.$base, owl: OWL.$base, faircat: FAIRCAT.$base,
});

const N3_FORMATS: Record<RdfWriteType, string> = {
  'text/turtle': 'Turtle',
  'application/n-triples': 'N-Triples',
  'application/n-quads': 'N-Quads',
  'application/trig': 'TriG',
};

/**
 * Rewrites stored N-Quads in another RDF syntax. Triple formats (Turtle, N-Triples) drop the graph name:
 * a record's graph is named by the record IRI, which is also its subject. Pure.
 */
export function writeRdf(nquads: string, type: RdfWriteType): string {
  if (type === 'application/n-quads') return nquads;
  const quads = new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(nquads);
  const triplesOnly = type === 'text/turtle' || type === 'application/n-triples';
  const writer = new Writer({ format: N3_FORMATS[type], ...(type === 'text/turtle' || type === 'application/trig' ? { prefixes: { ...PREFIXES } } : {}) });
  writer.addQuads(triplesOnly ? quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)) : quads);
  return endWriter(writer);
}

/** n3's Writer ends synchronously when it writes to a string; this returns that string. */
export function endWriter(writer: Writer): string {
  let output = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    output = result;
  });
  return output;
}
