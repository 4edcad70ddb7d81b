import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stableHash, stableStringify } from '../../../src/model/stableHash.js';

/** The reference: JSON.stringify with a replacer that sorts the keys of every object. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

describe('stableStringify', () => {
  it('writes the same text as JSON.stringify with sorted keys, for any JSON-like value', () => {
    fc.assert(fc.property(fc.anything({ withDate: true, withNullPrototype: false, withBoxedValues: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false, withBigInt: false }), (value) => {
      assert.equal(stableStringify(value), reference(value));
    }), { numRuns: 500 });
  });

  const table: [string, unknown, string][] = [
    ['sorts keys at every level', { b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } }, '{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}'],
    ['drops undefined members and writes undefined items as null', { a: undefined, b: [undefined, 1] }, '{"b":[null,1]}'],
    ['writes non-finite numbers as null', [Number.NaN, Number.POSITIVE_INFINITY, -0], '[null,null,0]'],
    ['escapes strings as JSON does', { 'k"ey': 'line\nbreak \u2028' }, '{"k\\"ey":"line\\nbreak \u2028"}'],
  ];
  for (const [what, value, expected] of table) {
    it(what, () => {
      assert.equal(stableStringify(value), expected);
      assert.equal(stableStringify(value), reference(value));
    });
  }

  it('hashes equal content equally whatever the key order', () => {
    assert.equal(stableHash({ a: 1, b: [1, 2] }), stableHash({ b: [1, 2], a: 1 }));
    assert.notEqual(stableHash({ a: 1 }), stableHash({ a: 2 }));
  });
});
