import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { summarise } from '../../../../bench/stats/summarise.js';

describe('summarise', () => {
  it('gives nearest-rank percentiles of 1 to 100', () => {
    const samples = Array.from({ length: 100 }, (_v, i) => 100 - i);
    assert.deepEqual(summarise(samples), { count: 100, min: 1, median: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });

  for (const [samples, expected] of [
    [[7], { min: 7, median: 7, p95: 7, p99: 7 }],
    [[3, 1, 2], { min: 1, median: 2, p95: 3, p99: 3 }],
    [[10, 20, 30, 40], { min: 10, median: 20, p95: 40, p99: 40 }],
  ] as const) {
    it(`reports only measured values for ${JSON.stringify(samples)}`, () => {
      const { min, median, p95, p99 } = summarise(samples);
      assert.deepEqual({ min, median, p95, p99 }, expected);
    });
  }

  it('refuses an empty series instead of reporting zeros', () => {
    assert.throws(() => summarise([]), RangeError);
  });
});
