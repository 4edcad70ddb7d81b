/**
 * A block of a Markdown page that can carry metadata prose. Paragraph and item lines are joined with single
 * spaces; inline markup is left for `inlineMarkdownToText`.
 */
export type MarkdownBlock =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list'; items: string[]; line: number }
  /** A blockquote: its content without the `>` markers, and the classes of a kramdown attribute list right after it (`{: .prereq}`). */
  | { kind: 'quote'; markdown: string; classes: string[]; line: number };

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A MyST directive in a colon fence (`:::{prereq}`): skipped whole, like a code fence. */
const MYST_COLON_DIRECTIVE = /^ {0,3}(:{3,})[ \t]*\{[\w:.-]+\}/;
/** Any other colon fence line: a Pandoc fenced div (`:::::: objectives`, `::::`), whose content is prose. */
const COLON_FENCE = /^ {0,3}:{3,}/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?(.*)$/;
/** A kramdown inline attribute list on its own line: `{: .prereq}`. */
const ATTRIBUTE_LIST = /^ {0,3}\{:([^}]*)\}[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_ROW = /^ {0,3}\|/;
const HTML_BLOCK = /^ {0,3}<(?:[A-Za-z][\w-]*|\/[A-Za-z][\w-]*)(?:[\s/>]|$)/;
const MYST_TARGET = /^ {0,3}\([\w:.-]+\)=[ \t]*$/;
const LIQUID_TAG = /^ {0,3}\{%/;
const INDENTED_CODE = /^(?: {4}|\t)/;

/**
 * Splits Markdown (CommonMark, with the Pandoc, kramdown and MyST habits of lesson templates) into headings,
 * paragraphs, bullet or numbered lists and blockquotes, in order, with the 1-based line each starts on, leaving
 * out what is not prose: fenced code (also MyST ```` ```{directive} ```` and `:::{directive}` blocks), indented
 * code, HTML comments and blocks, link reference definitions, tables, thematic breaks, MyST targets, Liquid tags
 * and Pandoc fenced-div fence lines (the div's content stays). A setext underline turns the paragraph above into
 * a heading. Nested list items are flattened into their list. Enough of CommonMark for lesson front pages and
 * episode boxes; not a general parser. Linear in the length of the text.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MarkdownBlock[] = [];
  let paragraph: { text: string[]; line: number } | undefined;
  let list: { items: string[][]; line: number; blankBefore: boolean } | undefined;
  const flush = (): void => {
    if (paragraph) {
      const text = paragraph.text.join(' ').trim();
      if (text !== '') blocks.push({ kind: 'paragraph', text, line: paragraph.line });
    }
    if (list) blocks.push({ kind: 'list', items: list.items.map((item) => item.join(' ').trim()).filter((item) => item !== ''), line: list.line });
    paragraph = undefined;
    list = undefined;
  };

  let i = 0;
  while (i < lines.length) {
    const line = (lines[i] ?? '').trimEnd();
    const number = i + 1;
    i += 1;
    const lead = markerOf(line);

    // Most lines are prose: only a line whose first character can open a block is matched against the patterns.
    if (lead === '') {
      if (line === '') {
        if (list) list.blankBefore = true;
        else flush();
      } else if (list && (CONTINUATION.test(line) || !list.blankBefore)) {
        list.items.at(-1)?.push(line.trim());
        list.blankBefore = false;
      } else {
        if (list) flush();
        if (paragraph) paragraph.text.push(line.trim());
        else if (!INDENTED_CODE.test(line)) paragraph = { text: [line.trim()], line: number };
      }
      continue;
    }

    const fence = lead === '`' || lead === '~' ? CODE_FENCE.exec(line)?.[1] : lead === ':' ? MYST_COLON_DIRECTIVE.exec(line)?.[1] : undefined;
    if (fence !== undefined) {
      flush();
      i = closingFence(lines, i, fence) + 1;
      continue;
    }
    if (lead === '<' && COMMENT.test(line)) {
      flush();
      let end = i - 1;
      while (end < lines.length && !(lines[end] ?? '').includes('-->')) end += 1;
      i = end + 1;
      continue;
    }
    if (list) {
      const item = LIST_ITEM.exec(line);
      if (item && !isThematicBreak(line)) {
        list.items.push([item[2] ?? '']);
        list.blankBefore = false;
        continue;
      }
      if (CONTINUATION.test(line) || (!list.blankBefore && !startsBlock(line))) {
        list.items.at(-1)?.push(line.trim());
        list.blankBefore = false;
        continue;
      }
      flush();
    }
    if (paragraph && (lead === '=' || lead === '-') && SETEXT_UNDERLINE.test(line)) {
      const text = paragraph.text.join(' ').trim();
      const { line: start } = paragraph;
      paragraph = undefined;
      blocks.push({ kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2, text, line: start });
      continue;
    }
    const heading = lead === '#' ? ATX_HEADING.exec(line) : null;
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1] ?? '#').length, text: (heading[2] ?? '').trim(), line: number });
      continue;
    }
    const attributes = lead === '{' ? ATTRIBUTE_LIST.exec(line) : null;
    if (attributes) {
      flush();
      const last = blocks.at(-1);
      if (last?.kind === 'quote' && last.line + last.markdown.split('\n').length === number) last.classes.push(...classesOf(attributes[1] ?? ''));
      continue;
    }
    if (lead === '>') {
      flush();
      const quoted: string[] = [];
      let j = i - 1;
      for (let match = BLOCKQUOTE.exec(lines[j] ?? ''); match && j < lines.length; match = BLOCKQUOTE.exec(lines[j] ?? '')) {
        quoted.push((match[1] ?? '').trimEnd());
        j += 1;
      }
      blocks.push({ kind: 'quote', markdown: quoted.join('\n'), classes: [], line: number });
      i = j;
      continue;
    }
    if (skippedLine(lead, line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && (item[2] !== undefined || paragraph === undefined)) {
      flush();
      list = { items: [[item[2] ?? '']], line: number, blankBefore: false };
      continue;
    }
    if (paragraph) {
      paragraph.text.push(line.trim());
      continue;
    }
    if (INDENTED_CODE.test(line)) continue;
    if (lead === '<' && HTML_BLOCK.test(line)) {
      while (i < lines.length && (lines[i] ?? '').trim() !== '') i += 1;
      continue;
    }
    paragraph = { text: [line.trim()], line: number };
  }
  flush();
  return blocks;
}

const COMMENT = /^ {0,3}<!--/;
/** A line indented two spaces or more continues the list item above it, even after a blank line. */
const CONTINUATION = /^[ \t]{2,}\S/;

/** Characters that can open a block when they start a line (after up to three spaces). */
const MARKERS: ReadonlySet<string> = new Set(['`', '~', ':', '<', '#', '=', '-', '*', '_', '+', '>', '{', '[', '|', '(', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/**
 * The first character of a line when it may open a block (a fence, heading, list item, quote…), else `''`: a
 * blank line, prose, or text indented four spaces or more (code, or the continuation of a list item). A list
 * item nested deeper is found too, as its marker follows the indentation.
 */
function markerOf(line: string): string {
  let start = 0;
  while (start < line.length && (line.charCodeAt(start) === 0x20 || line.charCodeAt(start) === 0x09)) start += 1;
  if (start === line.length) return '';
  const char = line[start] ?? '';
  if (!MARKERS.has(char)) return '';
  return start <= 3 || LIST_ITEM.test(line) ? char : '';
}

/** Lines that are left out and end the block before them: thematic breaks, Pandoc div fences, link definitions, tables, MyST targets, Liquid tags. */
function skippedLine(lead: string, line: string): boolean {
  switch (lead) {
    case '-': case '*': case '_': return isThematicBreak(line);
    case ':': return COLON_FENCE.test(line);
    case '[': return LINK_DEFINITION.test(line);
    case '|': return TABLE_ROW.test(line);
    case '(': return MYST_TARGET.test(line);
    case '{': return LIQUID_TAG.test(line);
    default: return false;
  }
}

/** A thematic break (CommonMark §4.1): three or more `-`, `*` or `_`, alone with spaces, indented at most three spaces. One pass, no regex. */
function isThematicBreak(line: string): boolean {
  let indent = 0;
  while (indent < line.length && line.charCodeAt(indent) === 0x20) indent += 1;
  const marker = line[indent];
  if (indent > 3 || (marker !== '-' && marker !== '*' && marker !== '_')) return false;
  let count = 0;
  for (let k = indent; k < line.length; k += 1) {
    const char = line[k];
    if (char === marker) count += 1;
    else if (char !== ' ' && char !== '\t') return false;
  }
  return count >= 3;
}

/** True when a line opens a block of its own, so it cannot continue a list item lazily. */
function startsBlock(line: string): boolean {
  return markerOf(line) !== '' && (ATX_HEADING.test(line) || CODE_FENCE.test(line) || COLON_FENCE.test(line) || BLOCKQUOTE.test(line)
    || isThematicBreak(line) || ATTRIBUTE_LIST.test(line) || TABLE_ROW.test(line) || COMMENT.test(line));
}

/** Index of the line that closes a fence opened with `fence` (same character, at least as long), or the number of lines. */
function closingFence(lines: readonly string[], from: number, fence: string): number {
  const char = fence[0] ?? '`';
  const close = closeFence(char, fence.length);
  for (let j = from; j < lines.length; j += 1) {
    const line = lines[j] ?? '';
    if (line.includes(char) && close.test(line)) return j;
  }
  return lines.length;
}

const closers = new Map<string, RegExp>();

/** The pattern of a closing fence: the fence character at least `length` times, alone on its line. */
function closeFence(char: string, length: number): RegExp {
  const key = `${char}${length}`;
  let pattern = closers.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(`^ {0,3}\\${char}{${length},}[ \\t]*$`);
    if (closers.size < 64) closers.set(key, pattern);
  }
  return pattern;
}

function classesOf(attributes: string): string[] {
  return attributes.split(/\s+/).filter((token) => token.startsWith('.') && token.length > 1).map((token) => token.slice(1).toLowerCase());
}
