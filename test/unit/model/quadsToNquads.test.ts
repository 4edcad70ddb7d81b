import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { materialToQuads } from '../../../src/model/materialToQuads.js';
import { quadsToNquads } from '../../../src/model/quadsToNquads.js';
import { parseRdf, sameGraph } from '../../helpers/rdf.js';
import { loadRecord, RECORD_FIXTURES } from '../../helpers/recordFixtures.js';
import { TEST_IRIS } from '../../helpers/journalRecords.js';

const { namedNode, literal, blankNode, quad, defaultGraph } = DataFactory;
const S = namedNode('https://w3id.org/t/materials/x');
const P = namedNode('http://schema.org/name');

const parse = (nquads: string): Quad[] => parseRdf(nquads, { format: 'application/n-quads' });

describe('quadsToNquads', () => {
  const objects: [string, Quad['object']][] = [
    ['a plain string', literal('Shell lesson')],
    ['quotes and backslashes', literal('say "hi" \\ bye')],
    ['line breaks, tabs and other control characters', literal('one\ntwo\r\nthree\tfour\u0001\u001f\b\f')],
    ['non-ASCII text and emoji', literal('Müller — 数据 🧬')],
    ['a language tag', literal('Einführung', 'de-CH')],
    ['a datatype', literal('2024-01-02', namedNode('http://www.w3.org/2001/XMLSchema#date'))],
    ['an explicit xsd:string', literal('x', namedNode('http://www.w3.org/2001/XMLSchema#string'))],
    ['an IRI with non-ASCII characters', namedNode('https://example.org/café/数据?q=1#frag')],
    ['a blank node', blankNode('whatever')],
  ];
  for (const [name, object] of objects) {
    it(`writes ${name} so that an N-Quads parser reads the same quad`, () => {
      const quads = [quad(S, P, object, S), quad(S, P, object)];
      assert.ok(sameGraph(parse(quadsToNquads(quads)), quads));
    });
  }

  for (const name of RECORD_FIXTURES) {
    it(`writes the ${name} record fixture as the same graph as n3's Writer`, () => {
      const quads = materialToQuads(loadRecord(name), TEST_IRIS);
      assert.ok(sameGraph(parse(quadsToNquads(quads)), parse(new Writer({ format: 'N-Quads' }).quadsToString(quads))));
    });
  }

  it('labels blank nodes b0, b1, … in order of first appearance, whatever labels the terms had', () => {
    const quads = [quad(S, P, blankNode('n3-77')), quad(blankNode('n3-77'), P, blankNode('zz')), quad(blankNode('zz'), P, literal('x'), defaultGraph())];
    assert.equal(quadsToNquads(quads), [
      `<${S.value}> <${P.value}> _:b0 .`,
      `_:b0 <${P.value}> _:b1 .`,
      `_:b1 <${P.value}> "x" .`,
      '',
    ].join('\n'));
  });

  it('gives the same text for the same record serialised twice', () => {
    const record = loadRecord('full');
    assert.equal(quadsToNquads(materialToQuads(record, TEST_IRIS)), quadsToNquads(materialToQuads(record, TEST_IRIS)));
  });
});
