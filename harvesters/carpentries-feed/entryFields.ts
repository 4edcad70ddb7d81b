import type { FeedEntry } from './FeedEntry.js';

/**
 * Typed access to the fields of a feed entry that arrived as `unknown` JSON. A value of the wrong type is
 * dropped with a warning, never thrown: one broken field must not cost the whole entry.
 */
export type EntryRecord = Readonly<Record<string, unknown>>;

/** The string at `field`, or `undefined` (with a warning when something else is there). */
export function stringField(entry: EntryRecord, field: keyof FeedEntry, warnings: string[]): string | undefined {
  if (!Object.hasOwn(entry, field)) return undefined;
  const value = entry[field];
  if (typeof value === 'string') return value;
  if (value !== null && value !== undefined) warnings.push(`${field} is ${describeType(value)}, not a string; ignored`);
  return undefined;
}

/**
 * The strings at `field`: an array of strings, or one bare string (the feeds wrap single values in arrays, but not
 * always). Items of other types are dropped with a warning.
 */
export function stringListField(entry: EntryRecord, field: keyof FeedEntry, warnings: string[]): string[] {
  if (!Object.hasOwn(entry, field)) return [];
  const value = entry[field];
  if (typeof value === 'string') return [value];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${field} is ${describeType(value)}, not a list of strings; ignored`);
    return [];
  }
  const strings = value.filter((item): item is string => typeof item === 'string');
  if (strings.length < value.length) {
    warnings.push(`${field} has ${value.length - strings.length} item(s) that are not strings; ignored`);
  }
  return strings;
}

/** `a number`, `an object`, `a list`… for warnings. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}
