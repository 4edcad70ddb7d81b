import { ItemError } from '../../src/model/ItemError.js';
import { parseYaml } from './parseYaml.js';

/** A Markdown file split into its YAML front matter and its body. */
export interface FrontMatter {
  /** The front matter as a mapping; empty when there is none or it is not a mapping. */
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** Problems found, already prefixed with the location (and line). */
  warnings: string[];
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits the YAML front matter (between a first line `---` and the next `---` or `...`, as Pandoc and sandpaper
 * read it) from a Markdown file and parses it. Never throws: an unclosed or malformed front matter, or one that
 * is not a mapping, gives a warning and empty `data`, so one bad episode never stops its lesson.
 */
export function parseFrontMatter(text: string, location: string): FrontMatter {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { data: {}, body: lines.join('\n'), warnings: [] };
  const end = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (end < 0) {
    return {
      data: {},
      body: lines.slice(1).join('\n'),
      warnings: [`${location}:1: front matter is not closed (truncated file?); ignoring it`],
    };
  }
  const body = lines.slice(end + 1).join('\n');
  let value: unknown;
  try {
    value = parseYaml(lines.slice(1, end).join('\n'), location);
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    const shifted = new ItemError(`front matter: ${error.message}`, location, error.line === undefined ? undefined : error.line + 1);
    return { data: {}, body, warnings: [`${shifted.toString()}; ignoring it`] };
  }
  if (value === null || value === undefined) return { data: {}, body, warnings: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: {}, body, warnings: [`${location}:2: front matter is not a mapping; ignoring it`] };
  }
  return { data: value as Record<string, unknown>, body, warnings: [] };
}
