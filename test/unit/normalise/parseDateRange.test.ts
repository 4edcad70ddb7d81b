import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateRange, type DateRange } from '../../../src/normalise/parseDateRange.js';

/** [input, expected range, where the form comes from] */
const cases: [string, DateRange | undefined, string][] = [
  ['Sep 24 - Oct 01, 2020', { start: '2020-09-24', end: '2020-10-01' }, 'Sciware date_raw'],
  ['June 21 - 22, 2022', { start: '2022-06-21', end: '2022-06-22' }, 'Sciware date_raw'],
  ['June 3 - July 2, 2025', { start: '2025-06-03', end: '2025-07-02' }, 'Sciware date_raw'],
  ['Feb 28, 2019', { start: '2019-02-28' }, 'Sciware date_raw, a single day'],
  ['Dec 30, 2020 – Jan 2, 2021', { start: '2020-12-30', end: '2021-01-02' }, 'across a year, en dash'],
  ['2023-11-01/2023-11-03', { start: '2023-11-01', end: '2023-11-03' }, 'ISO 8601 interval'],
  ['2023-11-01 to 2023-11-03', { start: '2023-11-01', end: '2023-11-03' }, '"to"'],
  ['June 21 - 21, 2022', { start: '2022-06-21' }, 'a range of one day'],
  ['Oct 01 - Sep 24, 2020', undefined, 'ends before it starts'],
  ['June 31 - July 2, 2025', undefined, 'a day that does not exist'],
  ['sometime in 2020', undefined, 'no date'],
];

describe('parseDateRange', () => {
  for (const [input, expected, origin] of cases) {
    it(`${expected === undefined ? 'rejects' : 'reads'} ${JSON.stringify(input)} (${origin})`, () => {
      assert.deepEqual(parseDateRange(input), expected);
    });
  }
});
