import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeType, isRecord, stringListOf, stringOf } from '../../../../harvesters/lesson-text/looseValues.js';

describe('looseValues', () => {
  it('reads strings, finite numbers and booleans, trimmed, and nothing else', () => {
    assert.deepEqual(['  a ', 5, true, '', ' ', null, undefined, Number.NaN, {}, ['a']].map(stringOf), ['a', '5', 'true', undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
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

  it('names the type of a value for messages', () => {
    assert.deepEqual([[], {}, null, true, 3, 'x'].map(describeType), ['a list', 'a mapping', 'null', 'true', 'a number', 'a string']);
  });
});
