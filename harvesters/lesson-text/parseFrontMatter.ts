import { ItemError } from '../../src/model/ItemError.js';
import { isRecord } from './looseValues.js';
import { parseYaml } from './parseYaml.js';

/** A Markdown page split into its YAML front matter and its body. */
export interface FrontMatter {
  /** The front matter as a mapping; empty when there is none, or it is unreadable or not a mapping. */
  data: Record<string, unknown>;
  /** The Markdown after the front matter (line breaks unified to `\n`). */
  body: string;
  /** 1-based line of the page on which `body` starts. */
  bodyLine: number;
  /** Problems found, each prefixed with the location and line. */
  warnings: string[];
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits the YAML front matter of a Markdown page (a first line `---`, up to the next `---` or `...`, as Jekyll,
 * Pandoc and sandpaper read it) from its body and parses it with {@link parseYaml}. A byte order mark is skipped.
 * Never throws: an unclosed front matter (a truncated file: the body is then empty), malformed YAML, or a front
 * matter that is not a mapping gives a warning and empty `data`, so that one bad episode never stops its lesson.
 */
export function parseFrontMatter(text: string, location: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!OPEN.test(lines[0] ?? '')) return { data: {}, body: lines.join('\n'), bodyLine: 1, warnings: [] };
  const end = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (end < 0) return { data: {}, body: '', bodyLine: lines.length + 1, warnings: [`${location}:1: front matter is not closed (truncated file?); ignored`] };
  const body = lines.slice(end + 1).join('\n');
  const bodyLine = end + 2;
  let value: unknown;
  try {
    value = parseYaml(lines.slice(1, end).join('\n'), location);
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    return { data: {}, body, bodyLine, warnings: [`${location}:${error.line === undefined ? 1 : error.line + 1}: front matter: ${error.message}; ignored`] };
  }
  if (value === null || value === undefined) return { data: {}, body, bodyLine, warnings: [] };
  if (!isRecord(value)) return { data: {}, body, bodyLine, warnings: [`${location}:2: front matter is not a mapping; ignored`] };
  return { data: value, body, bodyLine, warnings: [] };
}
