import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConcurrencyLimit } from '../../../../src/http/sparql/ConcurrencyLimit.js';

describe('ConcurrencyLimit', () => {
  it('gives out as many slots as its maximum, and one more once a slot is released', () => {
    const limit = new ConcurrencyLimit(2);
    assert.deepEqual([limit.tryAcquire(), limit.tryAcquire(), limit.tryAcquire()], [true, true, false]);
    limit.release();
    assert.equal(limit.tryAcquire(), true);
    assert.equal(limit.inUse, 2);
  });

  it('never counts below zero', () => {
    const limit = new ConcurrencyLimit(1);
    limit.release();
    assert.equal(limit.inUse, 0);
    assert.deepEqual([limit.tryAcquire(), limit.tryAcquire()], [true, false]);
  });
});
