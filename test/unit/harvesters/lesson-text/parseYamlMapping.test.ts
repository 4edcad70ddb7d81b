import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlMapping } from '../../../../harvesters/lesson-text/parseYamlMapping.js';
import { ItemError } from '../../../../src/model/ItemError.js';

describe('parseYamlMapping', () => {
  it('reads a mapping', () => assert.deepEqual(parseYamlMapping('title: T\n', 'x.yml', 'a mapping'), { title: 'T' }));

  for (const [what, text] of [['a list', '- a\n'], ['a scalar left by a truncated file', 'cff-ver'], ['an empty file', '']] as const) {
    it(`throws an ItemError for ${what}`, () => {
      assert.throws(() => parseYamlMapping(text, 'CITATION.cff', 'a CFF mapping'), (error: unknown) =>
        error instanceof ItemError && error.location === 'CITATION.cff' && /^expected a CFF mapping, found /.test(error.message));
    });
  }
});
