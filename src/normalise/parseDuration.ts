/** ISO 8601 durations of hours, minutes and seconds: `PT1H`, `PT1H30M`, `PT45M`, `PT0.5H`. */
const ISO_DURATION = /^PT(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?$/i;

/** A number with an hour or minute unit, as in `25 min teaching`, `1.5 hours`, `1h30m`. */
const QUANTITY = /(\d+(?:[.,]\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)(?![a-z])/gi;

/** Units this parser will not turn into minutes: a day or week of a course is not 24 or 168 hours of work. */
const CALENDAR_UNITS = /\b(days?|weeks?|months?|years?|semesters?|sessions?)\b/i;

/** A range such as `2-3 hours` or `30 to 45 min`: no single duration. */
const RANGE = /\d\s*(?:-|–|—|to)\s*\d/i;

function toNumber(text: string | undefined): number {
  return text === undefined ? 0 : Number(text.replace(',', '.'));
}

/**
 * Reads a time span in minutes from the ways lessons write it: `25 min teaching` and `0 min exercises`
 * (sphinx-lesson `instructor-note` items), `1.5 hours`, `1 hour 30 minutes`, `1h30m`, `90` (a bare number is
 * minutes, the convention of Carpentries `teaching`/`exercises`), and ISO 8601 `PT1H30M` (Bioschemas
 * `timeRequired`). Several quantities add up (`1 h 30 min`). The result is rounded to whole minutes; 0 is a
 * valid result (see {@link minutesToDuration}).
 *
 * Returns undefined for text without a duration, ranges (`2-3 hours`), and calendar units (`2 days`,
 * `P1D`): how long a course runs is not how long its material takes.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(value)) return Math.round(toNumber(value));
  const iso = ISO_DURATION.exec(value);
  if (iso) {
    if (iso[1] === undefined && iso[2] === undefined && iso[3] === undefined) return undefined;
    return Math.round(toNumber(iso[1]) * 60 + toNumber(iso[2]) + toNumber(iso[3]) / 60);
  }
  if (RANGE.test(value) || CALENDAR_UNITS.test(value) || /^P[\dT]/i.test(value)) return undefined;
  let minutes: number | undefined;
  for (const [, amount, unit = ''] of value.matchAll(QUANTITY)) {
    minutes = (minutes ?? 0) + toNumber(amount) * (unit.toLowerCase().startsWith('h') ? 60 : 1);
  }
  return minutes === undefined ? undefined : Math.round(minutes);
}
