import { readFileSync } from 'node:fs';
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { catalogIris } from '../../../../src/model/CatalogIris.js';
import type { CatalogRecord } from '../../../../src/model/CatalogRecord.js';
import type { Material } from '../../../../src/model/Material.js';
import { materialToQuads } from '../../../../src/model/materialToQuads.js';
import { parseRdf, sameGraph } from '../../../helpers/rdf.js';

/** The catalog IRIs every expected Turtle file of this folder assumes. */
export const IRIS = catalogIris('https://w3id.org/faircat/', 'http://localhost:3000/');

/** The fixed record the expected Turtle files describe: id "test", run "run-1", 2026-07-01. */
export function recordOf(material: Material, provider: string, location: string): CatalogRecord {
  return {
    id: 'test',
    material,
    provider,
    provenance: [{ sourceId: `${provider}-lessons`, sourceKind: 'sphinx-lesson', location, runId: 'run-1', harvestedAt: '2026-07-01T00:00:00Z' }],
    version: 1,
    created: '2026-07-01T00:00:00Z',
    modified: '2026-07-01T00:00:00Z',
  };
}

/**
 * Compares a record's quads (moved to the default graph) with a hand-written Turtle file by graph isomorphism.
 * Returns `undefined` when they are the same graph, else a readable diff of the quads that differ.
 */
export function graphDifference(record: CatalogRecord, expectedTurtlePath: string): string | undefined {
  const actual = materialToQuads(record, IRIS).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  const expected = parseRdf(readFileSync(expectedTurtlePath, 'utf8'), { format: 'text/turtle' });
  if (sameGraph(actual, expected)) return undefined;
  const a = describeQuads(actual);
  const e = describeQuads(expected);
  const missing = [...e].filter((line) => !a.has(line)).sort();
  const extra = [...a].filter((line) => !e.has(line)).sort();
  return [`missing (${missing.length}):`, ...missing.map((l) => `- ${l}`), `unexpected (${extra.length}):`, ...extra.map((l) => `+ ${l}`)].join('\n');
}

/** Quads as N-Triples-like lines, blank nodes labelled by their schema:name or audienceType (for a readable diff). */
function describeQuads(quads: readonly Quad[]): Set<string> {
  const labels = new Map<string, string>();
  for (const q of quads) {
    if (q.subject.termType === 'BlankNode' && /\/(name|audienceType)$/.test(q.predicate.value)) labels.set(q.subject.value, q.object.value);
  }
  const term = (t: Term): string => {
    if (t.termType === 'BlankNode') return `_:[${labels.get(t.value) ?? '?'}]`;
    if (t.termType === 'Literal') return `${JSON.stringify(t.value)}${t.language ? `@${t.language}` : t.datatype.value.endsWith('#string') ? '' : `^^<${t.datatype.value}>`}`;
    return `<${t.value}>`;
  };
  return new Set(quads.map((q) => `${term(q.subject)} ${term(q.predicate)} ${term(q.object)} .`));
}
