import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { retryDelay } from '../../../src/harvest/retryDelay.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('retryDelay', () => {
  const table: [string, number, string | null, number, number][] = [
    // what, attempt, Retry-After, random, expected ms
    ['waits what Retry-After asks in seconds', 1, '7', 0.5, 7000],
    ['waits until a Retry-After HTTP-date', 1, 'Thu, 01 Jan 2026 00:00:30 GMT', 0.5, 30_000],
    ['waits nothing for a Retry-After date in the past', 1, 'Wed, 31 Dec 2025 23:00:00 GMT', 0.5, 0],
    ['backs off from 250–500 ms on the first retry (jitter 0)', 1, null, 0, 250],
    ['backs off up to 500 ms on the first retry (jitter 1)', 1, null, 0.999999, 499.9995],
    ['doubles the backoff with each attempt', 3, null, 0, 1000],
    ['caps the backoff at 10 s', 10, null, 1, 10_000],
    ['ignores a Retry-After it cannot read', 2, 'soon', 0, 500],
  ];
  for (const [what, attempt, retryAfter, random, expected] of table) {
    it(what, () => {
      assert.ok(Math.abs(retryDelay(attempt, retryAfter, () => random, NOW) - expected) < 0.01, `${retryDelay(attempt, retryAfter, () => random, NOW)} ≠ ${expected}`);
    });
  }
});
