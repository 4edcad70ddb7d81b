import { RdfXmlParser } from 'rdfxml-streaming-parser';
import type { Quad } from '@rdfjs/types';

/** Parses RDF/XML with rdfxml-streaming-parser, an RDF/XML parser independent of the code that wrote it. */
export function parseRdfXml(xml: string, baseIRI = 'http://example.org/'): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(xml);
    parser.end();
  });
}
