import { cleanText, isPlaceholder } from '../../src/normalise/index.js';

/** Longest single-line text kept from a legacy lesson field (titles, questions, objectives, key points). */
export const MAX_FIELD_LENGTH = 1_000;

/**
 * Cleans one text value of a lesson for a `Material`: {@link cleanText} on one line, cut to `maxLength`.
 * Returns `undefined` for an empty value or a placeholder (`FIXME…`, `<USERNAME>/<PROJECT>`, `TODO`), and says
 * so in `warnings` (prefixed with `where`) when it drops a placeholder or truncates a value. A huge value is
 * clipped before cleaning, so that the work stays proportional to `maxLength`.
 */
export function cleanField(value: string, where: string, warnings: string[], maxLength = MAX_FIELD_LENGTH): string | undefined {
  const clipped = value.length > CLIP_FACTOR * maxLength ? value.slice(0, CLIP_FACTOR * maxLength) : value;
  const full = cleanText(clipped, { singleLine: true, maxLength: Number.POSITIVE_INFINITY });
  const text = cleanText(full, { singleLine: true, maxLength });
  if (text === '') return undefined;
  if (isPlaceholder(text)) {
    warnings.push(`${where}: dropped placeholder ${quote(text)}`);
    return undefined;
  }
  if (clipped !== value || full.length > maxLength) {
    warnings.push(`${where}: value longer than ${maxLength} characters; truncated`);
  }
  return text;
}

/** How much raw text per allowed character is cleaned at most (whitespace and marks collapse). */
const CLIP_FACTOR = 4;

/** A short quoted excerpt of a value for a warning. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);
}
