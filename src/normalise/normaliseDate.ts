import { isoDate, monthNumber } from './isoDate.js';

/**
 * ISO 8601 / RFC 3339 date, optionally followed by a time and zone as sources write them: `2014-10-22`,
 * `2025-03-19T10:00:00Z`, `2023-11-01 09:30:00` (ARCHER2), `2022-10-18 14:23:35 +0000` (Galaxy Training Network
 * JSON-LD), `2026-06-30T00:44Z` (pkgdown `last_built`). Year-first dates with `.` or `/` separators
 * (`2025.01.21`, `2025/01/21`) are read too: nobody writes year-day-month.
 */
const YEAR_FIRST =
  /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;

/** An optional trailing time ('14:23:35 +0000', '09:30 GMT') after a date written with a month name. */
const TIME = String.raw`(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M))?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{3,4}))?)?`;

/** `Feb 28, 2019`, `September 26, 2024`, `Sept. 3 2020` (Sciware), optionally after a weekday. */
const MONTH_DAY_YEAR = new RegExp(String.raw`^(?:[A-Za-z]+,?\s+)??([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');

/** `28 Feb 2019`, `1 November 2023`, `Tue, 18 Oct 2022 14:23:35 +0000` (RFC 2822, as in RSS). */
const DAY_MONTH_YEAR = new RegExp(String.raw`^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]+\.?),?\s+(\d{4})${TIME}$`, 'i');

/**
 * Normalises a date to `YYYY-MM-DD`, the form of every `Material` date (`dateCreated`, `dateModified`,
 * `datePublished`).
 *
 * Accepts a JavaScript `Date` (js-yaml turns unquoted YAML dates into `Date`s at UTC midnight; its UTC
 * calendar date is taken), ISO 8601 dates and date-times with or without a zone, year-first dates with `.` or
 * `/` (`2025.01.21`), and English dates with a month name (`Feb 28, 2019`, `September 26, 2024`,
 * `1 November 2023`, RFC 2822). A date-time keeps the calendar date as written in its own zone; it is not
 * shifted to UTC, because the source meant that day.
 *
 * Returns undefined, rather than guess, for: numbers (a YAML `2019` or a timestamp), year or year-month only
 * (`2019`, `2019-05`), all-numeric dates that are not year-first (`01/02/2020` is 1 February or 2 January),
 * date ranges (`Sep 24 - Oct 01, 2020`; see {@link parseDateRange}), dates that do not exist (`2024-02-30`),
 * and anything else.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  const iso = YEAR_FIRST.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return fromParts(monthFirst[1], monthFirst[2], monthFirst[3]);
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return fromParts(dayFirst[2], dayFirst[1], dayFirst[3]);
  return undefined;
}

function fromParts(monthName = '', day = '', year = ''): string | undefined {
  const month = monthNumber(monthName);
  return month === undefined ? undefined : isoDate(Number(year), month, Number(day));
}
