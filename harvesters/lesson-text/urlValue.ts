import { normaliseUrl } from '../../src/normalise/index.js';
import { quoted } from './quoted.js';
import { textValue } from './textValue.js';

/**
 * Reads a field that should hold a web link (CFF `url`, schema.org `url`/`@id`/`isPartOf`) as an absolute
 * `http(s)` URL (`normaliseUrl`: `javascript:`, `data:` and relative links are refused). `undefined`, with a
 * warning naming `where`, when the field holds something else; silently when it is absent.
 */
export function urlValue(value: unknown, where: string, warnings: string[]): string | undefined {
  const text = textValue(value, where, warnings, { singleLine: true, maxLength: 2000 });
  if (text === undefined) return undefined;
  const url = normaliseUrl(text);
  if (!url) warnings.push(`${where}: ${quoted(text)} is not a URL; dropped`);
  return url;
}
