import { cleanText, isPlaceholder } from '../../src/normalise/index.js';

/**
 * The name of an episode that has no usable title: its file or document name (`episodes/intro` → `intro`,
 * `02-filedir`), or `Episode <position>` when that is no name either (a placeholder such as `FIXME`, or empty).
 * Pure.
 */
export function fallbackPartName(slug: string, position: number): string {
  const name = cleanText(slug.slice(slug.lastIndexOf('/') + 1), { singleLine: true, maxLength: 500 });
  return name === '' || isPlaceholder(name) ? `Episode ${position}` : name;
}
