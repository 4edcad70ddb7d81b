import { readFileSync } from 'node:fs';
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { catalogIris } from '../../src/model/CatalogIris.js';
import type { CatalogRecord } from '../../src/model/CatalogRecord.js';
import type { Material } from '../../src/model/Material.js';
import { materialToQuads } from '../../src/model/materialToQuads.js';
import { PROV, RDF, FAIRCAT } from '../../src/vocab/index.js';
import { parseRdf, sameGraph } from './rdf.js';

/** The catalog IRIs every hand-written expected Turtle file of the harvester tests assumes. */
export const EXPECTED_IRIS = catalogIris('https://w3id.org/faircat/', 'http://localhost:3000/');

/** The fixed record facts an expected Turtle file was written for (record id `test`, run `run-1`). */
export interface ExpectedRecord {
  provider: string;
  sourceId: string;
  sourceKind: string;
  /** Where the material was read from, as the harvest report and PROV name it. */
  location: string;
  /** Record id; `test` unless a file says otherwise. */
  id?: string;
  /** Harvest time, also the record's created and modified time; 2026-07-01 unless a file says otherwise. */
  harvestedAt?: string;
}

/** A one-source catalog record of a harvested material, as the expected Turtle files describe it. */
export function recordOf(material: Material, facts: ExpectedRecord): CatalogRecord {
  const time = facts.harvestedAt ?? '2026-07-01T00:00:00Z';
  return {
    id: facts.id ?? 'test',
    material,
    provider: facts.provider,
    provenance: [{ sourceId: facts.sourceId, sourceKind: facts.sourceKind, location: facts.location, runId: 'run-1', harvestedAt: time }],
    version: 1,
    created: time,
    modified: time,
  };
}

/**
 * The quads of a record moved into the default graph, without the per-source PROV-O statements
 * (`faircat:SourceStatement`s, which describe the journal's merge of several sources, not what one harvester read).
 */
export function harvestedQuads(record: CatalogRecord): Quad[] {
  const quads = materialToQuads(record, EXPECTED_IRIS);
  const statements = new Set(
    quads.filter((q) => q.predicate.value === RDF.type && q.object.value === FAIRCAT.SourceStatement).map((q) => q.subject.value),
  );
  return quads
    .filter((q) => !statements.has(q.subject.value) && !(q.predicate.value === PROV.wasDerivedFrom && statements.has(q.object.value)))
    .map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

/** A hand-written expected Turtle file, parsed. */
export function expectedGraph(path: string): Quad[] {
  return parseRdf(readFileSync(path, 'utf8'), { format: 'text/turtle' });
}

/**
 * `undefined` when the two graphs are isomorphic; otherwise the triples only one side has, as readable lines
 * (blank nodes labelled by their `schema:name` or `schema:audienceType`), for the assertion message.
 */
export function graphDifference(actual: readonly Quad[], expected: readonly Quad[]): string | undefined {
  if (sameGraph(actual, expected)) return undefined;
  const a = describeQuads(actual);
  const e = describeQuads(expected);
  const missing = [...e].filter((line) => !a.has(line)).sort();
  const extra = [...a].filter((line) => !e.has(line)).sort();
  return ['graphs differ', `missing (${missing.length}):`, ...missing.map((l) => `- ${l}`), `unexpected (${extra.length}):`, ...extra.map((l) => `+ ${l}`)].join('\n');
}

function describeQuads(quads: readonly Quad[]): Set<string> {
  const labels = new Map<string, string>();
  for (const q of quads) {
    if (q.subject.termType === 'BlankNode' && /\/(name|audienceType)$/.test(q.predicate.value)) labels.set(q.subject.value, q.object.value);
  }
  const term = (t: Term): string => {
    if (t.termType === 'BlankNode') return `_:[${labels.get(t.value) ?? '?'}]`;
    if (t.termType === 'Literal') {
      const type = t.language ? `@${t.language}` : t.datatype.value.endsWith('#string') ? '' : `^^<${t.datatype.value}>`;
      return `${JSON.stringify(t.value)}${type}`;
    }
    return `<${t.value}>`;
  };
  return new Set(quads.map((q) => `${term(q.subject)} ${term(q.predicate)} ${term(q.object)} .`));
}
