/**
 * Turns user text into a safe SQLite FTS5 query: word tokens only, each a quoted prefix query, all required
 * (the same rule as `Journal.search`). `undefined` when the text has no word. Pure.
 */
export function ftsMatch(text: string): string | undefined {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens.length === 0 ? undefined : tokens.map((token) => `"${token}"*`).join(' ');
}
