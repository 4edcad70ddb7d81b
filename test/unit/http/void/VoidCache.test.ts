import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VoidCache } from '../../../../src/http/void/VoidCache.js';

describe('VoidCache', () => {
  it('computes once per catalog version, however many ask at the same time', async () => {
    let computed = 0;
    const cache = new VoidCache(async () => ++computed);
    assert.deepEqual(await Promise.all([cache.get(1), cache.get(1), cache.get(1)]), [1, 1, 1]);
    assert.equal(await cache.get(2), 2);
    assert.equal(await cache.get(2), 2);
    assert.equal(computed, 2);
  });

  it('computes again after a failure', async () => {
    let calls = 0;
    const cache = new VoidCache(async () => {
      calls++;
      if (calls === 1) throw new Error('worker lost');
      return 'ok';
    });
    await assert.rejects(cache.get(1), /worker lost/);
    assert.equal(await cache.get(1), 'ok');
  });
});
