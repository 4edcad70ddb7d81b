import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { bundledDocumentLoader } from '../../src/model/documentLoader.js';
import { parseRdf } from './rdf.js';
import { TEST_BASE_URL } from './startCatalog.js';

/** A jsonld.js document loader that knows only the bundled context and refuses every remote URL. */
export const offlineLoader = bundledDocumentLoader(`${TEST_BASE_URL}context.jsonld`);

/**
 * Expands a JSON-LD document with jsonld.js using only the bundled context, converts it to RDF (N-Quads) and parses
 * that with n3: the check that a document means what it says to an independent JSON-LD processor.
 */
export async function jsonLdToQuads(document: unknown): Promise<Quad[]> {
  const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader: offlineLoader });
  if (expanded.length === 0) throw new Error('the document expands to nothing');
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: offlineLoader })) as unknown as string;
  return parseRdf(nquads, { format: 'N-Quads' });
}
