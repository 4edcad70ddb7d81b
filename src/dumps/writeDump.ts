import type { Writable } from 'node:stream';
import jsonld from 'jsonld';
import { Writer } from 'n3';
import { activeRecordBatches } from '../journal/activeRecordBatches.js';
import { PREFIXES, writeRdf } from '../model/writeRdf.js';
import type { DumpFormat } from './DumpFormat.js';
import type { DumpSource } from './DumpSource.js';
import { relabelBlankNodes } from './relabelBlankNodes.js';
import { sharedGraphQuads } from './sharedGraphQuads.js';
import { writeChunk } from './writeChunk.js';

/**
 * Writes the whole catalog to `sink` in one format, record by record (never all in memory, awaiting backpressure):
 *
 * - `nq`: RDF 1.1 N-Quads, every record's named graph (graph IRI = record IRI) plus the providers graph and the
 *   harvest provenance graph; blank nodes relabelled per record so that none merge across records.
 * - `ttl`: Turtle, the same triples without graph names (the union, as the SPARQL default graph).
 * - `jsonld`: one JSON-LD 1.1 document with the bundled context: `@graph` holds one named graph per record
 *   (`{"@id": <record IRI>, "@graph": [<record node>]}`, the record node exactly as `/materials/{id}` serves it),
 *   then the shared graphs in expanded form.
 *
 * @returns the number of records written
 */
export async function writeDump(source: DumpSource, format: DumpFormat, sink: Writable): Promise<number> {
  let records = 0;
  if (format === 'jsonld') await writeChunk(sink, `{"@context":${JSON.stringify(source.iris.context)},"@graph":[`);
  let first = true;
  for (const batch of activeRecordBatches(source.journal)) {
    let chunk = '';
    for (const stored of batch) {
      if (format === 'nq') chunk += relabelBlankNodes(stored.nquads, stored.id);
      else if (format === 'ttl') chunk += turtleOf(relabelBlankNodes(stored.nquads, stored.id), first);
      else {
        const { '@context': _context, ...node } = JSON.parse(stored.jsonld) as Record<string, unknown>;
        chunk += `${first ? '' : ','}\n${JSON.stringify({ '@id': source.iris.material(stored.id), '@graph': [node] })}`;
      }
      first = false;
      records++;
    }
    await writeChunk(sink, chunk);
  }
  const shared = sharedGraphQuads(source);
  if (format === 'nq') await writeChunk(sink, new Writer({ format: 'N-Quads' }).quadsToString(shared));
  else if (format === 'ttl') await writeChunk(sink, turtleOf(new Writer({ format: 'N-Quads' }).quadsToString(shared), first));
  else {
    const nquads = new Writer({ format: 'N-Quads' }).quadsToString(shared);
    const graphs = (await jsonld.fromRDF(nquads, { format: 'application/n-quads' })) as object[];
    for (const graph of graphs) await writeChunk(sink, `${first ? '' : ','}\n${JSON.stringify(graph)}`);
    await writeChunk(sink, '\n]}\n');
  }
  return records;
}

/** Turtle for one record's N-Quads, with the prefix block only at the start of the document. */
function turtleOf(nquads: string, withPrefixes: boolean): string {
  const turtle = writeRdf(nquads, 'text/turtle');
  if (withPrefixes) return turtle;
  const prefixCount = Object.keys(PREFIXES).length;
  const lines = turtle.split('\n');
  let skip = 0;
  while (skip < lines.length && skip < prefixCount + 1 && (lines[skip]!.startsWith('@prefix') || lines[skip] === '')) skip++;
  return `\n${lines.slice(skip).join('\n')}`;
}
