/** English month names and their abbreviations ('Sept' included), lower case, to month numbers. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
    .flatMap((name, index): [string, number][] => [[name, index + 1], [name.slice(0, 3), index + 1]])
    .concat([['sept', 9]]),
);

/** The month number (1–12) of an English month name or abbreviation (`Feb`, `Feb.`, `September`, `Sept`). */
export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

/**
 * Formats a calendar date as ISO 8601 `YYYY-MM-DD`, or undefined when it does not exist (`2024-02-30`,
 * month 13) or the year is not four digits.
 */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
