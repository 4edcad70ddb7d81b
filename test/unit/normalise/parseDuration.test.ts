import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuration } from '../../../src/normalise/parseDuration.js';

/** [text, minutes or undefined, where the form comes from] */
const cases: [string, number | undefined, string][] = [
  ['25 min teaching', 25, 'gpu-programming 4-gpu-concepts.rst instructor-note'],
  ['0 min exercises', 0, 'gpu-programming 4-gpu-concepts.rst instructor-note'],
  ['PT1H', 60, 'Galaxy 101 timeRequired'],
  ['PT1H30M', 90, 'ISO 8601'],
  ['PT45M', 45, 'ISO 8601'],
  ['PT0.5H', 30, 'ISO 8601 fraction'],
  ['5', 5, 'Carpentries teaching: 5 read as a string'],
  ['1.5 hours', 90, 'decimal hours'],
  ['1,5 h', 90, 'decimal comma'],
  ['1 hour 30 minutes', 90, 'words'],
  ['1h30m', 90, 'compact'],
  ['10 min exercises, 25 min teaching', 35, 'several quantities add up'],
  ['Practical: 30 min', 30, 'a label before the quantity'],
  ['2-3 hours', undefined, 'a range'],
  ['30 to 45 min', undefined, 'a range in words'],
  ['2 days', undefined, 'calendar days'],
  ['P1D', undefined, 'ISO 8601 day'],
  ['PT', undefined, 'ISO 8601 without a value'],
  ['3 modules', undefined, 'not a duration unit'],
  ['soon', undefined, 'no number'],
  ['', undefined, 'empty'],
];

describe('parseDuration', () => {
  for (const [text, expected, origin] of cases) {
    it(`${expected === undefined ? 'reads no duration from' : `reads ${expected} minutes from`} ${JSON.stringify(text)} (${origin})`, () => {
      assert.equal(parseDuration(text), expected);
    });
  }
});
