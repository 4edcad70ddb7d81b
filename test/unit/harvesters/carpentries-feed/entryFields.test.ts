import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeType, stringField, stringListField } from '../../../../harvesters/carpentries-feed/entryFields.js';

describe('stringField', () => {
  for (const [value, expected, warned] of [
    ['Shell', 'Shell', false],
    [null, undefined, false],
    [42, undefined, true],
    [['Shell'], undefined, true],
  ] as const) {
    it(`reads ${JSON.stringify(value)} as ${JSON.stringify(expected) ?? 'nothing'}${warned ? ', with a warning' : ''}`, () => {
      const warnings: string[] = [];
      assert.equal(stringField({ description: value }, 'description', warnings), expected);
      assert.equal(warnings.length, warned ? 1 : 0);
    });
  }

  it('does not read inherited properties', () => {
    assert.equal(stringField(Object.create({ repo: 'x' }) as Record<string, unknown>, 'repo', []), undefined);
  });
});

describe('stringListField', () => {
  for (const [value, expected, warned] of [
    [['a', 'b'], ['a', 'b'], false],
    ['alpha', ['alpha'], false],
    [undefined, [], false],
    [[1, 'a', {}], ['a'], true],
    [{ a: 1 }, [], true],
    [3, [], true],
  ] as const) {
    it(`reads ${JSON.stringify(value) ?? 'nothing'} as ${JSON.stringify(expected)}${warned ? ', with a warning' : ''}`, () => {
      const warnings: string[] = [];
      assert.deepEqual(stringListField({ lesson_tags: value }, 'lesson_tags', warnings), expected);
      assert.equal(warnings.length, warned ? 1 : 0);
    });
  }
});

describe('describeType', () => {
  it('names JSON types for messages', () => {
    assert.deepEqual([null, [], {}, 1, 'x', true].map(describeType), ['null', 'a list', 'an object', 'a number', 'a string', 'a boolean']);
  });
});
