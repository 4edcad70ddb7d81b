import type { CatalogIris } from './CatalogIris.js';

/**
 * The IRI of what one source said about a record (a `faircat:SourceStatement`, PROV-O entity): a fragment of
 * the record IRI, so that it lives and dies with the record's named graph. Pure.
 */
export function sourceStatementIri(iris: CatalogIris, materialId: string, sourceId: string): string {
  return `${iris.material(materialId)}#source-${encodeURIComponent(sourceId)}`;
}
