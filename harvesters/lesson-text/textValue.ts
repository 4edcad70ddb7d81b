import { cleanText, isPlaceholder } from '../../src/normalise/index.js';
import { describeType } from './looseValues.js';
import { quoted } from './quoted.js';

/** Options of {@link textValue}. */
export interface TextValueOptions {
  /** Join lines into one (titles, names, keywords). */
  singleLine?: boolean;
  /** Longest kept text; longer text is cut with `…` and a warning. Default 10,000. */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 10_000;

/**
 * Reads one free-text field of a harvested document: a string (or a number, which YAML makes of `version: 1.0`)
 * is cleaned; an empty string, `null` or an absent field is `undefined` without a word; placeholder text
 * (`FIXME…`, `none`) and values of another type (a list, a mapping such as YAML `{A, B}`) are `undefined` with a
 * warning naming `where` (file and field). Over-long text is truncated with a warning.
 */
export function textValue(value: unknown, where: string, warnings: string[], options: TextValueOptions = {}): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    warnings.push(`${where}: expected text, found ${describeType(value)}; ignored`);
    return undefined;
  }
  const raw = String(value);
  if (raw.trim() === '') return undefined;
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const text = cleanText(raw, { maxLength, singleLine: options.singleLine ?? false });
  if (isPlaceholder(text)) {
    warnings.push(`${where}: placeholder text ${quoted(text, 60)} dropped`);
    return undefined;
  }
  if (raw.length > maxLength && text.endsWith('…')) warnings.push(`${where}: text longer than ${maxLength} characters truncated`);
  return text;
}
