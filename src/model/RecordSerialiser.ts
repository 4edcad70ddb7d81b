import type { CatalogIris } from './CatalogIris.js';
import type { CatalogRecord } from './CatalogRecord.js';
import { materialToJsonLd } from './materialToJsonLd.js';
import { materialToQuads } from './materialToQuads.js';
import { quadsToNquads } from './quadsToNquads.js';

/**
 * Turns records into the serialisations the journal stores beside them, so that reads (the graph index at
 * start-up, record pages, feeds) never map a record again.
 */
export interface RecordSerialiser {
  readonly iris: CatalogIris;
  nquads(record: CatalogRecord): string;
  jsonld(record: CatalogRecord): string;
}

export function recordSerialiser(iris: CatalogIris): RecordSerialiser {
  return {
    iris,
    nquads: (record) => quadsToNquads(materialToQuads(record, iris)),
    jsonld: (record) => JSON.stringify(materialToJsonLd(record, iris)),
  };
}
