import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { bundledDocumentLoader } from '../../src/model/documentLoader.js';
import { parseRdf } from './rdf.js';

/** The context URL a FAIRCat document names (its `@context`, or the first entry of an `@context` array). */
function contextUrlOf(document: unknown): string {
  const context = (document as { '@context'?: unknown })['@context'];
  const url = Array.isArray(context) ? context[0] : context;
  if (typeof url !== 'string') throw new Error('the document does not refer to the bundled context by URL');
  return url;
}

/**
 * Expands a JSON-LD document with jsonld.js using only the bundled context (a document loader that refuses any
 * remote URL), converts it to RDF (N-Quads) and parses that with n3: the check that a document means what it says to
 * an independent JSON-LD processor.
 */
export async function jsonLdToQuads(document: unknown): Promise<Quad[]> {
  const documentLoader = bundledDocumentLoader(contextUrlOf(document));
  const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader });
  if (expanded.length === 0) throw new Error('the document expands to nothing');
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader })) as unknown as string;
  return parseRdf(nquads, { format: 'N-Quads' });
}
