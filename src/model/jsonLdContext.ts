import { readFileSync } from 'node:fs';
import type { JsonLdNode } from './JsonLdDocument.js';
import { ontologyPath } from './ontologyPath.js';

/** The JSON-LD context document FAIRCat bundles: `{ "@context": { … } }`. */
export interface JsonLdContextDocument {
  readonly '@context': Readonly<JsonLdNode>;
}

/**
 * The bundled JSON-LD context document (`ontology/context.jsonld`), read and parsed once at load time and
 * deeply frozen. Every JSON-LD document FAIRCat emits refers to it by URL (`CatalogIris.context`); the server
 * serves it at `/context.jsonld` and `bundledDocumentLoader` hands it to jsonld.js, so no context is ever
 * fetched remotely (DESIGN §4).
 */
export const JSON_LD_CONTEXT: JsonLdContextDocument = deepFreeze(
  JSON.parse(readFileSync(ontologyPath('context.jsonld'), 'utf8')) as JsonLdContextDocument,
);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
