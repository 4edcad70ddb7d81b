import { isoDate, monthNumber } from './isoDate.js';
import { normaliseDate } from './normaliseDate.js';

/** A date range with ISO 8601 `YYYY-MM-DD` ends; `end` is absent for a single day. */
export interface DateRange {
  start: string;
  end?: string;
}

/** `Sep 24`, `June 3`, `Dec 30, 2020` on either side of a range. */
const MONTH_DAY = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;

/** `22, 2022` or `22`: a day in the start's month. */
const DAY_ONLY = /^(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;

/**
 * Reads a single date or a date range as event listings write them (Sciware `date_raw`):
 * `Sep 24 - Oct 01, 2020`, `June 21 - 22, 2022`, `June 3 - July 2, 2025`, `Dec 30, 2020 - Jan 2, 2021`,
 * `2023-11-01/2023-11-03` (ISO 8601 interval), or any single date {@link normaliseDate} reads. The separator
 * is a hyphen or dash with spaces, an en or em dash, `/` between ISO dates, or `to`. A start without a year
 * takes the end's year.
 *
 * Returns undefined when either end is unreadable or the range ends before it starts.
 */
export function parseDateRange(value: string): DateRange | undefined {
  const text = value.trim().replace(/\s+/g, ' ');
  const single = normaliseDate(text);
  if (single !== undefined) return { start: single };
  const parts = text.split(/\s+[-–—]\s+|\s*[–—]\s*|\s+to\s+|(?<=^\d{4}-\d{2}-\d{2})\/(?=\d{4}-\d{2}-\d{2}$)/i);
  if (parts.length !== 2) return undefined;
  const [left = '', right = ''] = parts;
  const end = normaliseDate(right) ?? dayInMonthOf(left, right);
  if (end === undefined) return undefined;
  const start = normaliseDate(left) ?? withYear(left, end.slice(0, 4));
  if (start === undefined || start > end) return undefined;
  return start === end ? { start } : { start, end };
}

/** `June 21` + `22, 2022` → 2022-06-22. */
function dayInMonthOf(left: string, right: string): string | undefined {
  const startParts = MONTH_DAY.exec(left);
  const endParts = DAY_ONLY.exec(right);
  if (!startParts || !endParts?.[2]) return undefined;
  const month = monthNumber(startParts[1] ?? '');
  return month === undefined ? undefined : isoDate(Number(endParts[2]), month, Number(endParts[1]));
}

/** `Sep 24` + year 2020 → 2020-09-24. */
function withYear(left: string, year: string): string | undefined {
  const parts = MONTH_DAY.exec(left);
  if (!parts || parts[3] !== undefined) return undefined;
  const month = monthNumber(parts[1] ?? '');
  return month === undefined ? undefined : isoDate(Number(year), month, Number(parts[2]));
}
