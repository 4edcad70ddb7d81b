import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scalarText, textList } from '../../../../harvesters/carpentries-legacy/textList.js';

describe('textList', () => {
  const cases: [string, unknown, string[], number][] = [
    ['a list of strings', ['Why?', '  How   now? '], ['Why?', 'How now?'], 0],
    ['one string', 'Why?', ['Why?'], 0],
    ['numbers and booleans', [42, true], ['42', 'true'], 0],
    ['~ and empty items', [null, '', 'Why?'], ['Why?'], 0],
    ['a flow mapping {A, B}', { A: null, B: null }, ['A', 'B'], 1],
    ['an item with an unquoted colon', ['Key: point'], ['Key: point'], 0],
    ['an item parsed as a mapping', [{ Key: 'point' }], ['Key: point'], 1],
    ['duplicates', ['Why?', 'Why?'], ['Why?'], 0],
    ['placeholders', ['FIXME', 'TODO: write', 'Real'], ['Real'], 2],
    ['nested lists', [['a']], [], 1],
    ['nothing', undefined, [], 0],
  ];
  for (const [what, value, expected, warningCount] of cases) {
    it(`reads ${what}`, () => {
      const warnings: string[] = [];
      assert.deepEqual(textList(value, 'w', warnings), expected);
      assert.equal(warnings.length, warningCount, warnings.join('\n'));
    });
  }

  it('prepares each item before cleaning it', () => {
    assert.deepEqual(textList(['a'], 'w', [], (text) => text.toUpperCase()), ['A']);
  });
});

describe('scalarText', () => {
  it('gives the text of scalars and undefined for the rest', () => {
    assert.deepEqual([scalarText('a'), scalarText(2024), scalarText(false), scalarText(null), scalarText({}), scalarText([])], ['a', '2024', 'false', undefined, undefined, undefined]);
  });
});
