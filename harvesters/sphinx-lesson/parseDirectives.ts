import type { Directive } from './Directive.js';
import type { MarkupSyntax } from './MarkupSyntax.js';

/** MyST opening fence: 3+ backticks, tildes or colons, optionally `{name}` and an argument. */
const MYST_FENCE = /^( {0,3})(`{3,}|~{3,}|:{3,})\s*(?:\{([\w:.-]+)\})?\s*(.*)$/;
/** RST explicit markup that is a directive: `.. name:: argument`. */
const RST_DIRECTIVE = /^(\s*)\.\.\s+([\w:.-]+)::(?:\s+(.*))?$/;
/** A directive option line: `:caption: Getting started`, `:glob:`. */
const OPTION = /^:([\w-][\w -]*):(?:\s+(.*))?$/;
/** Directives nested deeper than this are not looked at (hostile input). */
const MAX_DEPTH = 8;

/**
 * Finds every directive of a Sphinx source page, nested ones included (an `objectives` box inside a `tabs`
 * block), in document order. MyST: backtick/tilde fences whose info string is `{name}` and colon fences
 * (`:::{name}`, the `colon_fence` extension), closed by a fence of the same character at least as long; plain
 * code fences are skipped whole, so a `:::{x}` inside code is not a directive. RST: `.. name::` with the
 * following lines indented deeper than the `..` (blank lines included). Options (`:key: value` lines at the
 * start of the body, or a MyST `---` YAML-style block) are split off. An unclosed MyST fence runs to the end of
 * the page, as in CommonMark.
 */
export function parseDirectives(text: string, syntax: MarkupSyntax): Directive[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const found: Directive[] = [];
  if (syntax === 'myst') scanMyst(lines, 0, lines.length, 0, 0, found);
  else scanRst(lines, 0, lines.length, 0, 0, found);
  return found;
}

function scanMyst(lines: string[], start: number, end: number, lineOffset: number, depth: number, found: Directive[]): void {
  let i = start;
  while (i < end) {
    const match = MYST_FENCE.exec(lines[i] ?? '');
    if (!match) {
      i += 1;
      continue;
    }
    const fence = match[2] ?? '```';
    const name = match[3];
    if (name === undefined && fence.startsWith(':')) {
      i += 1; // a stray closing colon fence
      continue;
    }
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : fence[0] === '~' ? '~' : ':'}{${fence.length},}\\s*$`);
    let j = i + 1;
    while (j < end && !close.test(lines[j] ?? '')) j += 1;
    if (name !== undefined) {
      const body = lines.slice(i + 1, j);
      found.push(directiveOf(name, match[4] ?? '', body, lineOffset + i + 1, 'myst'));
      if (depth < MAX_DEPTH) scanMyst(lines, i + 1, j, lineOffset, depth + 1, found);
    }
    i = j + 1;
  }
}

function scanRst(lines: string[], start: number, end: number, lineOffset: number, depth: number, found: Directive[]): void {
  let i = start;
  while (i < end) {
    const match = RST_DIRECTIVE.exec(lines[i] ?? '');
    if (!match) {
      i += 1;
      continue;
    }
    const indent = (match[1] ?? '').length;
    let j = i + 1;
    while (j < end && ((lines[j] ?? '').trim() === '' || leadingSpaces(lines[j] ?? '') > indent)) j += 1;
    const body = lines.slice(i + 1, j);
    found.push(directiveOf(match[2] ?? '', match[3] ?? '', body, lineOffset + i + 1, 'rst'));
    if (depth < MAX_DEPTH) scanRst(lines, i + 1, j, lineOffset, depth + 1, found);
    i = j;
  }
}

function directiveOf(name: string, argument: string, bodyLines: string[], line: number, syntax: MarkupSyntax): Directive {
  const lines = dedent(bodyLines);
  const options: Record<string, string> = {};
  let first = 0;
  while (first < lines.length && (lines[first] ?? '').trim() === '' && syntax === 'rst') first += 1;
  if (syntax === 'myst' && (lines[0] ?? '').trim() === '---') {
    const closing = lines.indexOf('---', 1);
    if (closing > 0) {
      for (const option of lines.slice(1, closing)) {
        const pair = /^([\w-]+):\s*(.*)$/.exec(option.trim());
        if (pair) options[(pair[1] ?? '').toLowerCase()] = unquote(pair[2] ?? '');
      }
      first = closing + 1;
    }
  }
  for (; first < lines.length; first += 1) {
    const option = OPTION.exec((lines[first] ?? '').trim());
    if (!option) break;
    options[(option[1] ?? '').toLowerCase()] = (option[2] ?? '').trim();
  }
  return { name: name.toLowerCase(), argument: argument.trim(), options, body: lines.slice(first).join('\n').trim(), line };
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map(leadingSpaces);
  const common = indents.reduce((least, indent) => Math.min(least, indent), Number.POSITIVE_INFINITY);
  return lines.map((line) => line.slice(Math.min(common, leadingSpaces(line))).trimEnd());
}

function leadingSpaces(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(['"]).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
