import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatPosition, parsePosition } from '../../../../harvesters/faircat/ChangePosition.js';

describe('change positions', () => {
  it('reads back what it writes', () => {
    assert.deepEqual(parsePosition(formatPosition({ collection: 'http://a.test/changes', index: 42 })), { collection: 'http://a.test/changes', index: 42 });
  });

  for (const text of [undefined, '', 'snapshot x', '{"collection":1,"index":2}', '{"collection":"c","index":-1}', '{"collection":"c","index":1.5}']) {
    it(`has no position for ${JSON.stringify(text)}`, () => {
      assert.equal(parsePosition(text), undefined);
    });
  }
});
