/**
 * The first `max` characters of a harvested value, before any cleaning: normalising a 10 MB field costs seconds,
 * and everything past a field's limit would be cut anyway. Never leaves half a surrogate pair at the end.
 */
export function boundedText(value: string, max: number): { text: string; cut: boolean } {
  if (value.length <= max) return { text: value, cut: false };
  return { text: value.slice(0, max).replace(/[\uD800-\uDBFF]$/, ''), cut: true };
}
