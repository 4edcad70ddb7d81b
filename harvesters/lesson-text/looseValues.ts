/**
 * Readers for loosely typed YAML/JSON values, where a field may hold a string, a number, `~` (null), a list or
 * a flow mapping (`{Git, Python}` loads as `{Git: null, Python: null}`).
 */

/** True for a plain object (a YAML mapping), not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string from a string, a finite number or a boolean (`title: 2024`); `undefined` for anything else. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The strings of a value that should be a list: a list's scalar items, a flow mapping's keys (the common
 * mistake `{a, b}` for `[a, b]`), or a single scalar as a one-item list. `~`/null gives an empty list.
 */
export function stringListOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(stringOf).filter((item): item is string => item !== undefined);
  if (isRecord(value)) return Object.keys(value).map(stringOf).filter((item): item is string => item !== undefined);
  const single = stringOf(value);
  return single === undefined ? [] : [single];
}

/** A short name of a parsed value's type for messages: `a list`, `a mapping`, `true`, `a number`. */
export function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}
