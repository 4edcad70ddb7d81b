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

describe('ConcurrencyLimit with a queue', () => {
  it('lets queued requests in first come, first served as slots are released', async () => {
    const limit = new ConcurrencyLimit(1, 2);
    assert.equal(await limit.acquire(1000), true);
    const order: string[] = [];
    const first = limit.acquire(1000).then((granted) => order.push(`first ${granted}`));
    const second = limit.acquire(1000).then((granted) => order.push(`second ${granted}`));
    assert.equal(limit.queued, 2);
    limit.release();
    await first;
    limit.release();
    await second;
    assert.deepEqual(order, ['first true', 'second true']);
    assert.equal(limit.inUse, 1);
  });

  it('refuses at once when the queue is full', async () => {
    const limit = new ConcurrencyLimit(1, 1);
    assert.equal(await limit.acquire(1000), true);
    const queued = limit.acquire(1000);
    assert.equal(await limit.acquire(1000), false);
    limit.release();
    assert.equal(await queued, true);
  });

  it('gives up after the wait limit and when the client goes away, holding nothing', async () => {
    const limit = new ConcurrencyLimit(1, 5);
    assert.equal(await limit.acquire(1000), true);
    assert.equal(await limit.acquire(20), false);
    const gone = new AbortController();
    const waiting = limit.acquire(10_000, gone.signal);
    gone.abort();
    assert.equal(await waiting, false);
    assert.equal(limit.queued, 0);
    limit.release();
    assert.equal(limit.inUse, 0);
  });

  it('does not let a newcomer overtake the queue when a slot frees', async () => {
    const limit = new ConcurrencyLimit(1, 2);
    assert.equal(await limit.acquire(1000), true);
    const queued = limit.acquire(1000);
    limit.release();
    const newcomer = limit.acquire(20);
    assert.equal(await queued, true);
    assert.equal(await newcomer, false);
  });
});
