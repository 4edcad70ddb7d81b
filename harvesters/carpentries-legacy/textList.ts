import { textValue } from '../lesson-text/index.js';

/** Longest text kept from one front-matter field of a legacy lesson (titles, questions, objectives, key points). */
export const MAX_FIELD_LENGTH = 1_000;

/**
 * Reads a front-matter list of texts (`questions`, `objectives`, `keypoints`) as the styles template writes
 * it, a YAML sequence of strings, and copes with what authors write instead:
 *
 * - one string instead of a list: one item;
 * - numbers and booleans: their text;
 * - `~` or empty items: skipped;
 * - a mapping, from an unquoted `: ` in an item (`- Why: because`) or a flow mapping (`{A, B}`): each entry
 *   becomes `key: value`, or `key` when the value is null, with a warning.
 *
 * Each item goes through `prepare` (e.g. rendering `{{ site.… }}` and removing inline Markdown), then
 * `textValue` on one line (placeholders dropped, values over {@link MAX_FIELD_LENGTH} cut); the result is de-duplicated,
 * in order.
 */
export function textList(value: unknown, where: string, warnings: string[], prepare: (text: string) => string = (text) => text): string[] {
  const raw: string[] = [];
  const collect = (item: unknown, depth: number): void => {
    if (item === null || item === undefined) return;
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
      raw.push(String(item));
    } else if (Array.isArray(item) && depth === 0) {
      for (const element of item) collect(element, depth + 1);
    } else if (typeof item === 'object' && !Array.isArray(item)) {
      warnings.push(`${where}: expected text, found a mapping (an unquoted ": " or "{…}"?); read as text`);
      for (const [key, entry] of Object.entries(item)) {
        raw.push(entry === null || typeof entry === 'object' ? key : `${key}: ${String(entry)}`);
      }
    } else {
      warnings.push(`${where}: expected text, found a nested list; ignored`);
    }
  };
  collect(value, 0);
  const out: string[] = [];
  for (const item of raw) {
    const text = textValue(prepare(item), where, warnings, { singleLine: true, maxLength: MAX_FIELD_LENGTH });
    if (text !== undefined && !out.includes(text)) out.push(text);
  }
  return out;
}

/** A front-matter scalar as text (`title: 2024` is a number in YAML), or `undefined` for anything else. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
