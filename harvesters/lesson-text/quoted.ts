/**
 * A harvested value quoted for a warning or error message: whitespace collapsed, cut to `max` characters (with
 * `…`) so that a hostile 10 MB field never ends up in a harvest report whole.
 */
export function quoted(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value.slice(0, 4 * max) : String(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : flat}"`;
}
