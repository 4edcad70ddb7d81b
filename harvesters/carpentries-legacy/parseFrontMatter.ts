import { ItemError } from '../../src/model/ItemError.js';
import { parseYaml } from './parseYaml.js';

/** A Jekyll page split into its YAML front matter and its Markdown body. */
export interface FrontMatter {
  /** The front matter as a mapping; empty when there is none or it is unreadable. */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** Problems found, already prefixed with the location and line. */
  warnings: string[];
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits the YAML front matter of a Jekyll page (a first line `---`, up to the next `---` or `...`) from its
 * body and parses it. Never throws: an unclosed front matter (a truncated file), malformed YAML or a front matter
 * that is not a mapping gives a warning and empty `data`, so that one bad episode never stops its lesson.
 */
export function parseFrontMatter(text: string, location: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!OPEN.test(lines[0] ?? '')) return { data: {}, body: lines.join('\n'), warnings: [] };
  const end = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (end < 0) {
    return { data: {}, body: '', warnings: [`${location}:1: front matter is not closed (truncated file?); ignored`] };
  }
  const body = lines.slice(end + 1).join('\n');
  let value: unknown;
  try {
    value = parseYaml(lines.slice(1, end).join('\n'), location);
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    const line = error.line === undefined ? 1 : error.line + 1;
    return { data: {}, body, warnings: [`${location}:${line}: front matter: ${error.message}; ignored`] };
  }
  if (value === null || value === undefined) return { data: {}, body, warnings: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: {}, body, warnings: [`${location}:2: front matter is not a mapping; ignored`] };
  }
  return { data: value as Record<string, unknown>, body, warnings: [] };
}
