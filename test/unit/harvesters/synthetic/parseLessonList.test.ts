import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLessonList } from '../../../../harvesters/synthetic/parseLessonList.js';
import { ItemError } from '../../../../src/model/ItemError.js';

const line = (fields: object): string => JSON.stringify({ id: 'l1', title: 'T', abstract: 'D', url: 'https://example.org/l1/', ...fields });

describe('parseLessonList', () => {
  it('reads one material per line, located at the list and the lesson id', () => {
    const items = parseLessonList(`${line({ id: 'a' })}\n\n${line({ id: 'b' })}\n`, 'lessons/p01/part-0001.ndjson');
    assert.deepEqual(items.map((item) => (item instanceof ItemError ? item.toString() : item.location)), [
      'lessons/p01/part-0001.ndjson#a', 'lessons/p01/part-0001.ndjson#b',
    ]);
  });

  for (const [text, message] of [
    ['{not json', /not JSON/],
    [JSON.stringify({ id: 'l1', title: 'T' }), /not a lesson: abstract/],
    [line({ tags: 'one' }), /not a lesson: tags/],
  ] as const) {
    it(`reports ${JSON.stringify(text).slice(0, 40)} as an item error on its line`, () => {
      const [item] = parseLessonList(`\n${text}\n`, 'list.ndjson');
      assert.ok(item instanceof ItemError);
      assert.equal(item.location, 'list.ndjson');
      assert.equal(item.line, 2);
      assert.match(item.message, message);
    });
  }
});
