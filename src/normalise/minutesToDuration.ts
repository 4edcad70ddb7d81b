/**
 * Formats a number of minutes as an ISO 8601 duration for `schema:timeRequired`: 90 → `PT1H30M`,
 * 45 → `PT45M`, 120 → `PT2H`, 1500 → `PT25H` (hours are not folded into days: a day of teaching is not 24 hours).
 * Fractions are rounded to whole minutes.
 *
 * Returns undefined for 0, negative and non-finite numbers: `PT0M` would claim a material takes no time, while
 * the source (an episode front matter `exercises: 0`) only says there is nothing of that kind.
 */
export function minutesToDuration(minutes: number): string | undefined {
  if (!Number.isFinite(minutes)) return undefined;
  const total = Math.round(minutes);
  if (total <= 0) return undefined;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return `PT${hours > 0 ? `${String(hours)}H` : ''}${rest > 0 ? `${String(rest)}M` : ''}`;
}
