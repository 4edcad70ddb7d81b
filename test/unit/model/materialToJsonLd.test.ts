import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { materialToJsonLd } from '../../../src/model/materialToJsonLd.js';
import { materialToQuads } from '../../../src/model/materialToQuads.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { bundledDocumentLoader } from '../../../src/model/documentLoader.js';
import type { CatalogRecord } from '../../../src/model/CatalogRecord.js';
import type { JsonLdDocument } from '../../../src/model/JsonLdDocument.js';
import { PROFILES } from '../../../src/vocab/index.js';
import { parseRdf, sameGraph } from '../../helpers/rdf.js';

const iris = catalogIris('https://w3id.org/faircat-test/', 'http://localhost:3000/');
const documentLoader = bundledDocumentLoader(iris.context);

function loadRecord(name: string): CatalogRecord {
  return JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/model/records', `${name}.json`), 'utf8')) as CatalogRecord;
}

async function toQuads(doc: JsonLdDocument): Promise<Quad[]> {
  const nquads = await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader }) as unknown as string;
  return parseRdf(nquads, { format: 'application/n-quads' });
}

/** The record graph's quads without their graph name: JSON-LD of one record is its default graph. */
function withoutGraph(quads: readonly Quad[]): Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

const records = ['full', 'minimal', 'authors', 'parts'] as const;

describe('materialToJsonLd', () => {
  for (const name of records) {
    it(`produces the same graph as materialToQuads for the ${name} record`, async () => {
      const record = loadRecord(name);
      const expected = withoutGraph(materialToQuads(record, iris));
      const actual = await toQuads(materialToJsonLd(record, iris));
      assert.ok(sameGraph(actual, expected), `graphs differ:\nonly in JSON-LD: ${diff(actual, expected)}\nonly in quads: ${diff(expected, actual)}`);
    });

    it(`is already compact: compacting the ${name} record's expansion with the bundled context gives it back`, async () => {
      // Date-times are the one deliberate exception (they keep their `dateModified` key, see the test below).
      const doc = materialToJsonLd(withPlainDates(loadRecord(name)), iris);
      const compacted = await jsonld.compact(
        await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader }),
        iris.context as unknown as jsonld.ContextDefinition, // a context URL, which @types/jsonld does not allow for
        { documentLoader },
      );
      assert.deepEqual(compacted, doc);
    });
  }

  it('names the bundled context by URL and puts the material at the top', () => {
    const doc = materialToJsonLd(loadRecord('minimal'), iris);
    assert.equal(doc['@context'], 'http://localhost:3000/context.jsonld');
    assert.equal(doc['@id'], 'https://w3id.org/faircat-test/materials/a1b2c3d4');
    assert.equal(doc['@type'], 'LearningResource');
    assert.equal(doc.conformsTo, PROFILES.bioschemasTrainingMaterial);
    assert.deepEqual(doc.keywords, ['hpc']);
    assert.equal(doc['@graph'], undefined);
  });

  it('nests authors, audiences and episodes in the material', () => {
    const doc = materialToJsonLd(loadRecord('full'), iris);
    assert.deepEqual((doc.author as unknown[])[0], {
      '@id': 'https://orcid.org/0000-0002-1825-0097', '@type': 'Person', name: 'Josiah Carberry', url: 'https://github.com/jcarberry',
    });
    assert.deepEqual((doc.author as unknown[])[1], { '@type': 'Person', name: 'Ada Example' });
    assert.deepEqual(doc.audience, [
      { '@type': 'EducationalAudience', audienceType: 'researchers' },
      { '@type': 'EducationalAudience', audienceType: 'graduate students' },
    ]);
    const parts = doc.hasPart as Record<string, unknown>[];
    assert.deepEqual(parts.map((part) => [part['@id'], part.position]), [
      ['https://w3id.org/faircat-test/materials/m3x7k2q9#01-intro', 1],
      ['https://w3id.org/faircat-test/materials/m3x7k2q9#files%20and%20folders', 2],
    ]);
  });

  it('keeps the date keys for date-times, typing them explicitly, and leaves plain dates to the context', () => {
    const doc = materialToJsonLd(loadRecord('full'), iris);
    assert.equal(doc.dateCreated, '2013-05-06');
    assert.deepEqual(doc.dateModified, { '@value': '2024-05-10T14:03:22Z', '@type': 'xsd:dateTime' });
  });

  it('mixes learning objectives as text with competency IRIs in teaches', () => {
    const doc = materialToJsonLd(loadRecord('full'), iris);
    assert.deepEqual(doc.teaches, [
      'Navigate the file system',
      'Automate repetitive tasks with loops',
      { '@id': 'https://w3id.org/faircat-test/skills/shell-basics' },
    ]);
  });
});

/** The record with every date-time cut to its date. */
function withPlainDates(record: CatalogRecord): CatalogRecord {
  const { material } = record;
  for (const key of ['dateCreated', 'dateModified', 'datePublished'] as const) material[key] &&= material[key].slice(0, 10);
  return record;
}

/** The quads of `a` that are not in `b`, ignoring those with blank nodes (for a readable failure message). */
function diff(a: readonly Quad[], b: readonly Quad[]): string {
  const ground = (quads: readonly Quad[]): Quad[] => quads.filter((q) => q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode');
  const key = (q: Quad): string => [q.subject, q.predicate, q.object].map(termKey).join(' ');
  const inB = new Set(ground(b).map(key));
  return ground(a).map(key).filter((k) => !inB.has(k)).join('\n  ') || '(none without blank nodes)';
}

function termKey(term: Term): string {
  if (term.termType === 'Literal') return `${JSON.stringify(term.value)}^^<${term.datatype.value}>${term.language ? `@${term.language}` : ''}`;
  return term.termType === 'BlankNode' ? `_:${term.value}` : `<${term.value}>`;
}
