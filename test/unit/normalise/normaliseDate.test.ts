import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate } from '../../../src/normalise/normaliseDate.js';

/** [input, YYYY-MM-DD or undefined, where the form comes from] */
const cases: [unknown, string | undefined, string][] = [
  ['2014-10-22', '2014-10-22', "shell-novice config.yaml created: '2014-10-22'"],
  ['2025-03-19', '2025-03-19', 'git-intro CITATION.cff date-released, read by yaml as a string'],
  [new Date('2025-03-19'), '2025-03-19', 'the same CFF value read by js-yaml as a Date'],
  [new Date(Date.UTC(2020, 7, 6)), '2020-08-06', 'INTERSECT training.yml unquoted date: 2020-08-06'],
  [new Date(Date.UTC(2023, 10, 1, 9, 30)), '2023-11-01', 'ARCHER2 start_date read by js-yaml'],
  ['2023-11-01 09:30:00', '2023-11-01', 'ARCHER2 start_date as written'],
  ['2022-10-18 14:23:35 +0000', '2022-10-18', 'Galaxy 101 JSON-LD dateModified'],
  ['2026-06-30T00:44Z', '2026-06-30', 'shell-novice pkgdown.yml last_built'],
  ['2025-03-19T10:00:00Z', '2025-03-19', 'RFC 3339'],
  ['2025-03-19T23:30:00-05:00', '2025-03-19', 'the calendar day as written, not shifted to UTC'],
  ['2025-03-19T10:00:00.123+02:00', '2025-03-19', 'fractional seconds and offset'],
  ['2025.01.21', '2025-01-21', 'year-first with dots, a string in every YAML loader'],
  ['2025/01/21', '2025-01-21', 'year-first with slashes'],
  ['Feb 28, 2019', '2019-02-28', 'Sciware date_raw, Session #00'],
  ['May 09, 2019', '2019-05-09', 'Sciware date_raw, Session #02'],
  ['September 26, 2024', '2024-09-26', 'Sciware date_raw'],
  ['Sept. 26, 2024', '2024-09-26', 'abbreviation with a full stop'],
  ['1 November 2023', '2023-11-01', 'ARCHER2 human_dates style'],
  ['Tue, 18 Oct 2022 14:23:35 +0000', '2022-10-18', 'RFC 2822, as in RSS'],
  ['  2014-10-22  ', '2014-10-22', 'padded'],
  ['2024-02-29', '2024-02-29', 'leap day'],
  ['2024-02-30', undefined, 'a day that does not exist'],
  ['2023-02-29', undefined, 'no leap day in 2023'],
  ['2024-13-01', undefined, 'month 13'],
  ['Feb 30, 2019', undefined, 'a day that does not exist, with a month name'],
  ['Sep 24 - Oct 01, 2020', undefined, 'Sciware range: parseDateRange reads it'],
  ['June 21 - 22, 2022', undefined, 'Sciware range'],
  ['01/02/2020', undefined, 'day-first or month-first: ambiguous'],
  ['21.01.2025', undefined, 'numeric and not year-first'],
  ['2019', undefined, 'year only'],
  ['2019-05', undefined, 'year and month only'],
  [2019, undefined, 'a YAML number'],
  [1700000000000, undefined, 'a timestamp'],
  [new Date('not a date'), undefined, 'an invalid Date'],
  [null, undefined, 'created: ~'],
  ['', undefined, 'empty'],
  ['FIXME', undefined, 'placeholder'],
];

describe('normaliseDate', () => {
  for (const [input, expected, origin] of cases) {
    const shown = input instanceof Date ? `Date(${Number.isNaN(input.getTime()) ? 'invalid' : input.toISOString()})` : JSON.stringify(input);
    it(`${expected === undefined ? 'rejects' : `reads ${expected} from`} ${shown} (${origin})`, () => {
      assert.equal(normaliseDate(input), expected);
    });
  }
});
