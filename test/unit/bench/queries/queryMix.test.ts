import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sparqljs from 'sparqljs';
import { queryMix } from '../../../../bench/queries/queryMix.js';
import { queryParameters, shuffled, spreadSample } from '../../../../bench/queries/queryParameters.js';
import { skillTree } from '../../../../bench/synthetic/skillTree.js';

const parameters = queryParameters(
  Array.from({ length: 50 }, (_v, i) => `https://w3id.org/faircat-bench/materials/m${i}`),
  skillTree('https://w3id.org/faircat-bench/'),
);
const mix = queryMix(parameters);

describe('queryMix', () => {
  it('has the six kinds of query of the benchmark issue', () => {
    assert.deepEqual(mix.map((q) => q.id), ['record-lookup', 'keyword-filter', 'facet-provider', 'text-contains', 'order-offset', 'skill-path']);
  });

  for (const query of mix) {
    it(`writes ${query.id} as a valid SPARQL SELECT query`, () => {
      const parsed = new sparqljs.Parser().parse(query.sparql(3));
      assert.equal(parsed.type, 'query');
      assert.equal('queryType' in parsed ? parsed.queryType : undefined, 'SELECT');
    });

    it(`varies ${query.id} so that no text repeats within 25 runs`, () => {
      assert.equal(new Set(Array.from({ length: 25 }, (_v, i) => query.sparql(i))).size, 25);
    });
  }
});

describe('spreadSample', () => {
  for (const [length, count, expected] of [
    [10, 5, [0, 2, 4, 6, 8]],
    [3, 5, [0, 1, 2]],
    [4, 4, [0, 1, 2, 3]],
  ] as const) {
    it(`takes ${count} of ${length} items evenly`, () => {
      assert.deepEqual(spreadSample(Array.from({ length }, (_v, i) => i), count), expected);
    });
  }
});

describe('shuffled', () => {
  it('keeps every item and gives the same order for the same seed', () => {
    const items = Array.from({ length: 50 }, (_v, i) => i);
    const once = shuffled(items, 7);
    assert.deepEqual([...once].sort((a, b) => a - b), items);
    assert.deepEqual(shuffled(items, 7), once);
    assert.notDeepEqual(shuffled(items, 8), once);
  });
});
