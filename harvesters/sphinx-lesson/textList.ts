import { describeType, textValue } from '../lesson-text/index.js';

/**
 * Reads a schema.org field that may be text, a list of text, or nodes with a `name` / `audienceType` (Bioschemas
 * `teaches`, `audience`, `competencyRequired`, `learningResourceType`): each non-empty, non-placeholder text,
 * in order, without repeats. An empty string means absent.
 */
export function textList(value: unknown, where: string, warnings: string[], maxLength = 2000): string[] {
  if (value === undefined || value === null) return [];
  const values = Array.isArray(value) ? value : [value];
  const texts = values.flatMap((entry: unknown, index): string[] => {
    const at = Array.isArray(value) ? `${where}[${index}]` : where;
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
      const node = entry as Record<string, unknown>;
      const text = node.audienceType ?? node.name ?? node.description;
      if (text === undefined) {
        warnings.push(`${at}: expected text or a node with a name, found ${describeType(entry)}; ignored`);
        return [];
      }
      const found = textValue(text, at, warnings, { maxLength });
      return found === undefined ? [] : [found];
    }
    const found = textValue(entry, at, warnings, { maxLength });
    return found === undefined ? [] : [found];
  });
  return [...new Set(texts)];
}
