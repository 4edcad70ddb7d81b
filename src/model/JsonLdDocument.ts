/** A JSON value as it appears in a JSON-LD document. */
export type JsonLdValue = string | number | boolean | null | JsonLdNode | readonly JsonLdValue[];

/** A JSON-LD node object (or value object): keys are terms, compact IRIs or keywords such as `@id`. */
export interface JsonLdNode {
  [key: string]: JsonLdValue;
}

/**
 * A top-level JSON-LD document as FAIRCat emits it: a node object that names its context, normally the URL of
 * the bundled context (`CatalogIris.context`, served at `/context.jsonld`).
 */
export interface JsonLdDocument extends JsonLdNode {
  '@context': string | JsonLdNode | readonly (string | JsonLdNode)[];
}
