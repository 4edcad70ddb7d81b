import { gunzipSync } from 'node:zlib';
import { FaircatFormatError } from './FaircatFormatError.js';
import { asNode, valuesOf } from './jsonValues.js';

/**
 * The record nodes of a FAIRCat JSON-LD dump (`catalog.jsonld.gz`, gzipped or not): every named graph of its
 * `@graph` whose one node is the record the graph is named after. The providers and provenance graphs are skipped.
 * Pure (decompression included).
 */
export function dumpRecordNodes(bytes: Uint8Array, location: string): unknown[] {
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8').decode(isGzip ? gunzipSync(bytes) : bytes));
  } catch (error) {
    throw new FaircatFormatError(`not a JSON-LD dump: ${(error as Error).message}`, location);
  }
  const graphs = asNode(document)?.['@graph'];
  if (!Array.isArray(graphs)) throw new FaircatFormatError('not a FAIRCat JSON-LD dump (no @graph)', location);
  const nodes: unknown[] = [];
  for (const graph of graphs) {
    const named = asNode(graph);
    const members = valuesOf(named?.['@graph']);
    const record = members.find((member) => asNode(member)?.['@id'] === named?.['@id']);
    if (record !== undefined && valuesOf(asNode(record)?.['@type']).includes('LearningResource')) nodes.push(record);
  }
  return nodes;
}
