import { quoted } from '../lesson-text/index.js';

/**
 * Reads a `teaching:` or `exercises:` minute count of an episode: a non-negative number, or a string of digits
 * (`"15"`, `"15 min"`). Anything else is `undefined`, with a warning when the value was there.
 */
export function episodeMinutes(value: unknown, where: string, warnings: string[]): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const minutes =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(/^\s*(\d+(?:\.\d+)?)\s*(?:min(?:utes?)?)?\s*$/i.exec(value)?.[1] ?? NaN) : NaN;
  if (Number.isFinite(minutes) && minutes >= 0 && minutes <= 100_000) return minutes;
  warnings.push(`${where}: not a number of minutes: ${quoted(value)}; ignored`);
  return undefined;
}
