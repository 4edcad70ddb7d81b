import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { episodeMinutes } from '../../../../harvesters/carpentries-legacy/episodeMinutes.js';

describe('episodeMinutes', () => {
  const cases: [unknown, number | undefined, number][] = [
    [15, 15, 0], ['15', 15, 0], ['15 min', 15, 0], [0, 0, 0], [undefined, undefined, 0], [null, undefined, 0], ['', undefined, 0],
    [-5, undefined, 1], ['fifteen', undefined, 1], [Number.POSITIVE_INFINITY, undefined, 1], [{ a: 1 }, undefined, 1], ['2024-01-31', undefined, 1],
  ];
  for (const [value, expected, warningCount] of cases) {
    it(`reads ${JSON.stringify(value)} as ${String(expected)}`, () => {
      const warnings: string[] = [];
      assert.equal(episodeMinutes(value, 'w', warnings), expected);
      assert.equal(warnings.length, warningCount);
    });
  }
});
