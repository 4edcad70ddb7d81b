import jsonld from 'jsonld';
import { bundledDocumentLoader } from '../model/documentLoader.js';
import { JSON_LD_CONTEXT } from '../model/jsonLdContext.js';

/**
 * Compacts expanded JSON-LD (e.g. Oxigraph's CONSTRUCT output, or `jsonld.fromRDF`) with the bundled context
 * (JSON-LD 1.1 API §6.1 Compaction Algorithm) and refers to that context by its URL on our own server, which
 * serves it at `/context.jsonld`: a client such as rdflib that fetches every remote context can always resolve
 * it, and jsonld.js here never fetches anything (`bundledDocumentLoader`).
 *
 * @param contextUrl the URL of our context (`CatalogIris.context`)
 */
export async function compactJsonLd(expanded: object, contextUrl: string): Promise<object> {
  const compacted = await jsonld.compact(expanded as jsonld.JsonLdDocument, JSON_LD_CONTEXT['@context'] as jsonld.ContextDefinition, {
    documentLoader: bundledDocumentLoader(contextUrl),
  });
  return { ...compacted, '@context': contextUrl };
}
