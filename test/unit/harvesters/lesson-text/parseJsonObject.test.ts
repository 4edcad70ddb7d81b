import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonObject } from '../../../../harvesters/lesson-text/parseJsonObject.js';
import { ItemError } from '../../../../src/model/ItemError.js';

describe('parseJsonObject', () => {
  it('reads a JSON object', () => assert.deepEqual(parseJsonObject('{"a": [1]}', 'x.json', 'an object'), { a: [1] }));

  const broken: [string, string, RegExp][] = [
    ['truncated JSON', '{"creators": [', /^malformed JSON/],
    ['an HTML error page', '<html>Not found</html>', /^malformed JSON/],
    ['a list', '[1, 2]', /^expected a Zenodo metadata object, found a list$/],
    ['null', 'null', /found null$/],
  ];
  for (const [what, text, message] of broken) {
    it(`throws an ItemError naming the file for ${what}`, () => {
      assert.throws(() => parseJsonObject(text, 'lesson/.zenodo.json', 'a Zenodo metadata object'), (error: unknown) =>
        error instanceof ItemError && error.location === 'lesson/.zenodo.json' && message.test(error.message));
    });
  }
});
