import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataFactory } from 'n3';
import { SmallDataset } from '../../../src/model/SmallDataset.js';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const a = namedNode('http://example.org/a');
const b = namedNode('http://example.org/b');
const p = namedNode('http://example.org/p');
const q = namedNode('http://example.org/q');
const g = namedNode('http://example.org/g');
const quads = [
  quad(a, p, literal('one'), g),
  quad(a, q, b, g),
  quad(b, p, literal('one'), g),
  quad(b, p, literal('one', 'en'), g),
  quad(blankNode('x'), p, a),
];

describe('SmallDataset', () => {
  it('holds each quad once, like any RDF dataset', () => {
    const dataset = new SmallDataset([...quads, quad(a, p, literal('one'), g)]);
    assert.equal(dataset.size, quads.length);
    assert.deepEqual([...dataset], quads);
  });

  const patterns: [string, Parameters<SmallDataset['match']>, number[]][] = [
    ['a subject', [a], [0, 1]],
    ['a predicate', [null, p], [0, 2, 3, 4]],
    ['an object literal, telling languages apart', [null, null, literal('one')], [0, 2]],
    ['an object IRI', [null, null, a], [4]],
    ['a subject and a predicate', [b, p], [2, 3]],
    ['a graph', [null, null, null, g], [0, 1, 2, 3]],
    ['the default graph', [null, null, null, defaultGraph()], [4]],
    ['a blank subject', [blankNode('x')], [4]],
    ['nothing', [], [0, 1, 2, 3, 4]],
    ['an absent subject', [namedNode('http://example.org/none')], []],
  ];
  for (const [what, pattern, expected] of patterns) {
    it(`matches ${what}`, () => {
      assert.deepEqual([...new SmallDataset(quads).match(...pattern)], expected.map((i) => quads[i]));
    });
  }

  it('answers has, add and delete, and matches what it now holds', () => {
    const dataset = new SmallDataset(quads);
    assert.ok(dataset.has(quad(a, q, b, g)));
    assert.ok(!dataset.has(quad(a, q, b)));
    dataset.delete(quad(a, q, b, g)).add(quad(a, q, a, g));
    assert.equal(dataset.size, quads.length);
    assert.deepEqual([...dataset.match(a, q)], [quad(a, q, a, g)]);
  });

  it('lets a match result be matched again', () => {
    assert.deepEqual([...new SmallDataset(quads).match(null, p).match(b)], [quads[2], quads[3]]);
  });
});
