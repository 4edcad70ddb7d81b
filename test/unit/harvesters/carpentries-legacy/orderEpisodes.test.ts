import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { orderEpisodes } from '../../../../harvesters/carpentries-legacy/orderEpisodes.js';

describe('orderEpisodes', () => {
  it('orders files by name without episode_order', () => {
    assert.deepEqual(orderEpisodes(undefined, ['10-b', '02-a', 'Z'], 'w'), { order: ['02-a', '10-b', 'Z'], present: ['02-a', '10-b', 'Z'], missing: [], warnings: [] });
  });

  it('follows episode_order, tolerating .md suffixes and duplicates, and reports missing and unlisted episodes', () => {
    const result = orderEpisodes(['b', 'a.md', 'b', 'gone', 7], ['a', 'b', 'extra'], 'w');
    assert.deepEqual(result.order, ['b', 'a', 'gone', '7']);
    assert.deepEqual(result.present, ['b', 'a']);
    assert.deepEqual(result.missing, ['gone', '7']);
    assert.equal(result.warnings.length, 2);
  });

  it('falls back to file names, with a warning, when episode_order is not a list or is empty', () => {
    for (const value of ['a, b', { a: null }, []]) {
      const result = orderEpisodes(value, ['b', 'a'], 'w');
      assert.deepEqual(result.present, ['a', 'b']);
      assert.equal(result.warnings.length, 1);
    }
  });
});
