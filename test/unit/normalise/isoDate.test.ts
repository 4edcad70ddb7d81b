import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate, monthNumber } from '../../../src/normalise/isoDate.js';

describe('isoDate', () => {
  const cases: [[number, number, number], string | undefined][] = [
    [[2014, 10, 22], '2014-10-22'],
    [[2024, 2, 29], '2024-02-29'],
    [[1900, 2, 29], undefined],
    [[2024, 2, 30], undefined],
    [[2024, 0, 1], undefined],
    [[2024, 1, 0], undefined],
    [[999, 1, 1], undefined],
    [[2024, 1.5, 1], undefined],
  ];
  for (const [[year, month, day], expected] of cases) {
    it(`formats year ${year}, month ${month}, day ${day} as ${String(expected)}`, () => {
      assert.equal(isoDate(year, month, day), expected);
    });
  }
});

describe('monthNumber', () => {
  const cases: [string, number | undefined][] = [
    ['Feb', 2], ['February', 2], ['sep', 9], ['Sept', 9], ['Sept.', 9], ['DECEMBER', 12], ['Brumaire', undefined],
  ];
  for (const [name, expected] of cases) {
    it(`reads ${JSON.stringify(name)} as month ${String(expected)}`, () => {
      assert.equal(monthNumber(name), expected);
    });
  }
});
