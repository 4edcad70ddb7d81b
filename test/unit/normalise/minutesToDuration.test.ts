import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minutesToDuration } from '../../../src/normalise/minutesToDuration.js';

/** [minutes, ISO 8601 duration or undefined, where the number comes from] */
const cases: [number, string | undefined, string][] = [
  [5, 'PT5M', 'shell-novice 01-intro.md teaching: 5'],
  [30, 'PT30M', 'shell-novice 02-filedir.md teaching: 30'],
  [45, 'PT45M', '07-find.md teaching + exercises'],
  [60, 'PT1H', 'Galaxy 101 timeRequired'],
  [90, 'PT1H30M', 'hours and minutes'],
  [120, 'PT2H', 'whole hours'],
  [1500, 'PT25H', 'hours are not folded into days'],
  [29.6, 'PT30M', 'rounded to whole minutes'],
  [0, undefined, '01-intro.md exercises: 0'],
  [0.4, undefined, 'rounds to nothing'],
  [-5, undefined, 'negative'],
  [Number.NaN, undefined, 'not a number'],
  [Number.POSITIVE_INFINITY, undefined, 'infinite'],
];

describe('minutesToDuration', () => {
  for (const [minutes, expected, origin] of cases) {
    it(`${expected === undefined ? 'gives no duration for' : `formats as ${expected}`} ${String(minutes)} minutes (${origin})`, () => {
      assert.equal(minutesToDuration(minutes), expected);
    });
  }
});
