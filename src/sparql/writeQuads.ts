import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Writer } from 'n3';
import { endWriter, PREFIXES } from '../model/writeRdf.js';
import { writeRdfXml } from '../model/writeRdfXml.js';
import { compactJsonLd } from './compactJsonLd.js';

/** The media types {@link writeQuads} writes. */
export const QUAD_WRITE_TYPES = ['text/turtle', 'application/n-triples', 'application/n-quads', 'application/ld+json', 'application/rdf+xml'] as const;

/**
 * Writes an RDF graph (CONSTRUCT/DESCRIBE results that do not come from Oxigraph, the service description,
 * VoID) in one of the graph result media types: Turtle (with our prefixes plus `prefixes`), N-Triples, N-Quads,
 * RDF/XML, or JSON-LD compacted with our bundled context (referred to by `contextUrl`).
 */
export async function writeQuads(quads: readonly Quad[], mediaType: string, options: { contextUrl: string; prefixes?: Record<string, string> }): Promise<string> {
  switch (mediaType) {
    case 'text/turtle':
      return writeWith(quads, 'Turtle', { ...PREFIXES, ...options.prefixes });
    case 'application/n-triples':
      return writeWith(quads, 'N-Triples');
    case 'application/n-quads':
      return writeWith(quads, 'N-Quads');
    case 'application/rdf+xml':
      return writeRdfXml(writeWith(quads, 'N-Quads'));
    case 'application/ld+json': {
      const expanded = (await jsonld.fromRDF(writeWith(quads, 'N-Quads'), { format: 'application/n-quads' })) as object;
      return JSON.stringify(await compactJsonLd(expanded, options.contextUrl), null, 1);
    }
    default:
      throw new RangeError(`No RDF writer for ${mediaType}.`);
  }
}

function writeWith(quads: readonly Quad[], format: string, prefixes?: Record<string, string>): string {
  const writer = new Writer({ format, ...(prefixes === undefined ? {} : { prefixes }) });
  writer.addQuads([...quads]);
  return endWriter(writer);
}
