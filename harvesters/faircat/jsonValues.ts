/** A JSON object node, or `undefined` when the value is not one. */
export type JsonNode = Record<string, unknown>;

export function asNode(value: unknown): JsonNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonNode) : undefined;
}

/** The values of a JSON-LD property, whether compacted to one value or a list (`@set`). */
export function valuesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A string value, or the `@value` / `@id` of a value or node object. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const node = asNode(value);
  if (!node) return undefined;
  const inner = node['@value'] ?? node['@id'];
  return typeof inner === 'string' ? inner : typeof inner === 'number' ? String(inner) : undefined;
}

/** Every string of a property (compacted or listed), dropping what is not text. */
export function textsOf(value: unknown): string[] {
  return valuesOf(value).map(textOf).filter((text): text is string => text !== undefined && text !== '');
}
