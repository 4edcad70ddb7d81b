/**
 * A value quoted for a warning or error message, cut to `max` characters (with `…`) so that a hostile 10 MB
 * field never ends up in a harvest report whole.
 */
export function quoted(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : String(value);
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
