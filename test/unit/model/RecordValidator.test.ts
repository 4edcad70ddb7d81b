import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { RecordValidator } from '../../../src/model/RecordValidator.js';
import { materialToQuads } from '../../../src/model/materialToQuads.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import type { CatalogRecord } from '../../../src/model/CatalogRecord.js';
import type { Material } from '../../../src/model/Material.js';
import { DCT, RDF, SCHEMA } from '../../../src/vocab/index.js';

const iris = catalogIris('https://w3id.org/faircat-test/', 'http://localhost:3000/');
const { namedNode, literal, quad } = DataFactory;

function loadRecord(name: string): CatalogRecord {
  return JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/model/records', `${name}.json`), 'utf8')) as CatalogRecord;
}

/** The quads of the full fixture record, with its material changed by `change`. */
function quadsOf(change: (material: Material) => void = () => {}, name = 'full'): Quad[] {
  const record = loadRecord(name);
  change(record.material);
  return materialToQuads(record, iris);
}

const without = (quads: Quad[], predicate: string): Quad[] => quads.filter((q) => q.predicate.value !== predicate);

describe('RecordValidator', () => {
  let validator: RecordValidator;
  before(() => {
    validator = RecordValidator.fromOntology();
  });

  it('finds a complete record conforming, without violations or warnings', async () => {
    assert.deepEqual(await validator.validate(quadsOf()), { conforms: true, violations: [], warnings: [] });
  });

  const violations: [string, Quad[], string][] = [
    ['a missing name', without(quadsOf(), SCHEMA.name), SCHEMA.name],
    ['an empty name', quadsOf((m) => { m.name = ' '; }), SCHEMA.name],
    ['a missing description', without(quadsOf(), SCHEMA.description), SCHEMA.description],
    ['empty keywords', quadsOf((m) => { m.keywords = []; }), SCHEMA.keywords],
    ['a blank keyword', quadsOf((m) => { m.keywords = ['']; }), SCHEMA.keywords],
    ['a missing dct:conformsTo', without(quadsOf(), DCT.conformsTo), DCT.conformsTo],
    ['dct:conformsTo another profile', [
      ...without(quadsOf(), DCT.conformsTo),
      quad(namedNode(iris.material('m3x7k2q9')), namedNode(DCT.conformsTo), namedNode('https://bioschemas.org/profiles/Course/1.0-RELEASE')),
    ], DCT.conformsTo],
    ['two names', [...quadsOf(), quad(namedNode(iris.material('m3x7k2q9')), namedNode(SCHEMA.name), literal('Another name'))], SCHEMA.name],
  ];
  for (const [problem, quads, path] of violations) {
    it(`reports ${problem} as a violation on ${path}`, async () => {
      const report = await validator.validate(quads);
      assert.equal(report.conforms, false);
      assert.deepEqual(report.violations.map((v) => [v.focusNode, v.path, v.severity]), [[iris.material('m3x7k2q9'), path, 'violation']]);
      assert.ok(report.violations[0]?.message.length, 'no message');
    });
  }

  it('reports a record that is not a LearningResource as a violation of the node, without a path', async () => {
    const report = await validator.validate(without(quadsOf(), RDF.type));
    assert.equal(report.conforms, false);
    assert.ok(report.violations.some((v) => v.focusNode === iris.material('m3x7k2q9') && v.path === undefined && /LearningResource/.test(v.message)));
  });

  it('reports a missing licence as a warning only', async () => {
    const report = await validator.validate(quadsOf((m) => { delete m.license; }));
    assert.equal(report.conforms, true);
    assert.deepEqual(report.violations, []);
    assert.deepEqual(report.warnings.map((w) => [w.path, w.severity]), [[SCHEMA.license, 'warning']]);
  });

  it('warns about a licence given as text instead of an IRI', async () => {
    const quads = [
      ...without(quadsOf(), SCHEMA.license),
      quad(namedNode(iris.material('m3x7k2q9')), namedNode(SCHEMA.license), literal('CC-BY-4.0')),
    ];
    const report = await validator.validate(quads);
    assert.equal(report.conforms, true);
    assert.deepEqual(report.warnings.map((w) => w.path), [SCHEMA.license]);
  });

  it('warns about each missing recommended property of a minimal record', async () => {
    const report = await validator.validate(quadsOf(() => {}, 'minimal'));
    assert.equal(report.conforms, true);
    assert.deepEqual(report.warnings.map((w) => w.path).sort(), [
      SCHEMA.audience, SCHEMA.author, SCHEMA.competencyRequired, SCHEMA.educationalLevel, SCHEMA.inLanguage,
      SCHEMA.learningResourceType, SCHEMA.license, SCHEMA.teaches, SCHEMA.timeRequired,
    ].sort());
  });

  it('does not target episodes, which are LearningResources without keywords or the profile', async () => {
    const report = await validator.validate(quadsOf(() => {}, 'parts'));
    const episodes = new Set(loadRecord('parts').material.hasPart.map((part) => iris.part('e5f6g7h8', part.slug)));
    assert.equal(report.conforms, true);
    assert.deepEqual([...report.violations, ...report.warnings].filter((issue) => episodes.has(issue.focusNode)), []);
  });

  it('refuses a shapes graph without targets, which would accept anything', () => {
    assert.throws(() => new RecordValidator([]), /no shape with a target/);
  });

  it('reads records from any graph, named or default', async () => {
    const inDefaultGraph = quadsOf((m) => { m.keywords = []; }).map((q) => quad(q.subject, q.predicate, q.object));
    assert.deepEqual((await validator.validate(inDefaultGraph)).violations.map((v) => v.path), [SCHEMA.keywords]);
  });
});
