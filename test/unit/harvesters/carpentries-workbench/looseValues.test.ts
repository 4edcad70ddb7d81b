import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isRecord, stringListOf, stringOf } from '../../../../harvesters/carpentries-workbench/looseValues.js';

describe('looseValues', () => {
  it('reads strings and finite numbers, trimmed, and nothing else', () => {
    assert.deepEqual(['  a ', 5, '', ' ', null, undefined, Number.NaN, {}, ['a']].map(stringOf), ['a', '5', undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads lists, flow mappings and single strings as lists', () => {
    assert.deepEqual(stringListOf(['a', 1, null, '']), ['a', '1']);
    assert.deepEqual(stringListOf({ A: null, B: null }), ['A', 'B']);
    assert.deepEqual(stringListOf('one'), ['one']);
    assert.deepEqual(stringListOf(null), []);
  });

  it('tells mappings from lists and null', () => {
    assert.deepEqual([{}, [], null, 'x'].map(isRecord), [true, false, false, false]);
  });
});
