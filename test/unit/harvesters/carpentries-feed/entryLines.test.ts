import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entryLines } from '../../../../harvesters/carpentries-feed/entryLines.js';

describe('entryLines', () => {
  for (const [what, text, expected] of [
    ['an empty array', '[]', []],
    ['a one-line feed', '[{"a":1},{"b":2}]', [1, 1]],
    ['a pretty-printed feed', '[\n  {\n    "a": [1, 2]\n  },\n  {\n    "b": "x"\n  }\n]', [2, 5]],
    ['strings holding brackets, commas and escaped quotes', '[\n"a,]\\"[{",\n{"b": "},{"}\n]', [2, 3]],
    ['scalars of several characters', '[12,\ntrue,\n null]', [1, 2, 3]],
  ] as const) {
    it(`gives the start line of each entry of ${what}`, () => {
      assert.deepEqual(entryLines(text), expected);
    });
  }
});
