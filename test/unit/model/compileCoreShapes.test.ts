import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { compileCoreShapes } from '../../../src/model/compileCoreShapes.js';
import { RecordValidator } from '../../../src/model/RecordValidator.js';
import { materialToQuads } from '../../../src/model/materialToQuads.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import type { CatalogRecord } from '../../../src/model/CatalogRecord.js';
import { emptyMaterial, type Material } from '../../../src/model/Material.js';
import { ontologyPath } from '../../../src/model/ontologyPath.js';
import type { ValidationReport } from '../../../src/model/ValidationReport.js';
import { DCT, RDF, SCHEMA } from '../../../src/vocab/index.js';

const iris = catalogIris('https://w3id.org/faircat-test/', 'http://localhost:3000/');
const { namedNode, literal, blankNode, quad } = DataFactory;
const shapeQuads = readdirSync(ontologyPath('shapes')).filter((f) => f.endsWith('.ttl')).sort()
  .flatMap((f) => new Parser().parse(readFileSync(join(ontologyPath('shapes'), f), 'utf8')));
const engine = new RecordValidator(shapeQuads, { engine: 'shacl-engine' });
const compiled = compileCoreShapes(shapeQuads);

function record(material: Material, id = 'r1'): CatalogRecord {
  return { id, material, provider: 'p', provenance: [{ sourceId: 's', sourceKind: 'k', location: 'https://example.org/x', runId: 'run', harvestedAt: '2026-01-01T00:00:00Z' }], version: 1, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
}

/** Reports as comparable sorted lists (the order of results is not part of SHACL). */
function normalised(report: ValidationReport): unknown {
  const key = (issues: ValidationReport['violations']): string[] => issues.map((i) => JSON.stringify([i.focusNode, i.path ?? null, i.message, i.severity])).sort();
  return { conforms: report.conforms, violations: key(report.violations), warnings: key(report.warnings) };
}

async function assertSameAsEngine(quads: Quad[]): Promise<void> {
  assert.ok(compiled);
  assert.deepEqual(normalised(compiled.validate(quads)), normalised(await engine.validate(quads)));
}

const text = fc.oneof(fc.constant(''), fc.constant(' '), fc.constant('\n'), fc.string({ maxLength: 12 }));
const materials = fc.record({
  name: text,
  description: text,
  keywords: fc.array(text, { maxLength: 3 }),
  url: fc.constantFrom('https://example.org/a/', 'http://example.org/b'),
  license: fc.option(fc.constant('https://spdx.org/licenses/MIT'), { nil: undefined }),
  inLanguage: fc.option(fc.constantFrom('en', 'de'), { nil: undefined }),
  timeRequired: fc.option(fc.constantFrom('PT1H', 'P1D', 'P', 'one hour', 'PT'), { nil: undefined }),
  teaches: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
  audience: fc.array(fc.constantFrom('researchers', 'students'), { maxLength: 2 }),
  types: fc.constantFrom<Material['types'][]>(['LearningResource'], ['LearningResource', 'Course'], ['CreativeWork']),
  authors: fc.array(fc.record({ type: fc.constantFrom<('Person' | 'Organization')[]>('Person', 'Organization'), name: fc.string({ maxLength: 5 }) }), { maxLength: 2 }),
});

describe('compileCoreShapes', () => {
  it('compiles the bundled Bioschemas TrainingMaterial shapes', () => {
    assert.ok(compiled);
  });

  it('refuses shapes that use SHACL beyond its subset, so that the general engine is used', () => {
    const shape = namedNode('https://example.org/shape');
    const sh = 'http://www.w3.org/ns/shacl#';
    assert.equal(compileCoreShapes([
      quad(shape, namedNode(`${sh}targetClass`), namedNode(SCHEMA.LearningResource)),
      quad(shape, namedNode(`${sh}or`), blankNode()),
    ]), undefined);
  });

  for (const name of ['full', 'minimal', 'authors', 'parts']) {
    it(`gives the same results as shacl-engine for the ${name} fixture record`, async () => {
      const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/model/records', `${name}.json`), 'utf8')) as CatalogRecord;
      await assertSameAsEngine(materialToQuads(fixture, iris));
    });
  }

  const edited: [string, (quads: Quad[]) => Quad[]][] = [
    ['without dct:conformsTo', (q) => q.filter((x) => x.predicate.value !== DCT.conformsTo)],
    ['with another profile as well', (q) => [...q, quad(q[0]!.subject, namedNode(DCT.conformsTo), namedNode('https://example.org/profile'))]],
    ['with a blank-node subject', (q) => q.map((x) => (x.subject.equals(q[0]!.subject) ? quad(blankNode('b0'), x.predicate, x.object, x.graph) : x))],
    ['without an rdf:type', (q) => q.filter((x) => x.predicate.value !== RDF.type || !x.subject.equals(q[0]!.subject))],
    ['with an IRI as name', (q) => [...q.filter((x) => x.predicate.value !== SCHEMA.name), quad(q[0]!.subject, namedNode(SCHEMA.name), namedNode('https://example.org/n'))]],
    ['with a literal url', (q) => [...q.filter((x) => x.predicate.value !== SCHEMA.url), quad(q[0]!.subject, namedNode(SCHEMA.url), literal('https://example.org/'))]],
    ['with a duplicate quad', (q) => [...q, q[1]!]],
  ];
  for (const [what, edit] of edited) {
    it(`gives the same results as shacl-engine for a record ${what}`, async () => {
      await assertSameAsEngine(edit(materialToQuads(record(emptyMaterial({ name: 'N', description: 'D', url: 'https://example.org/', keywords: ['k'] })), iris)));
    });
  }

  it('gives the same results as shacl-engine for generated records (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(materials, async (fields) => {
        await assertSameAsEngine(materialToQuads(record(emptyMaterial(fields)), iris));
      }),
      { numRuns: 300 },
    );
  });
});
