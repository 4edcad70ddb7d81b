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
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
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
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  const blocks: MarkdownBlock[] = [];
  let paragraph: { text: string[]; line: number } | undefined;
  let list: { items: string[]; line: number; blankBefore: boolean } | undefined;
  const flush = (): void => {
    if (paragraph) {
      const text = paragraph.text.join(' ').trim();
      if (text !== '') blocks.push({ kind: 'paragraph', text, line: paragraph.line });
    }
    if (list) blocks.push({ kind: 'list', items: list.items.map((item) => item.trim()).filter((item) => item !== ''), line: list.line });
    paragraph = undefined;
    list = undefined;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const number = i + 1;
    i += 1;

    const fence = CODE_FENCE.exec(line)?.[1] ?? MYST_COLON_DIRECTIVE.exec(line)?.[1];
    if (fence !== undefined) {
      flush();
      i = closingFence(lines, i, fence) + 1;
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      flush();
      let end = i - 1;
      while (end < lines.length && !(lines[end] ?? '').includes('-->')) end += 1;
      i = end + 1;
      continue;
    }
    if (line.trim() === '') {
      if (list) list.blankBefore = true;
      else flush();
      continue;
    }
    if (list) {
      const item = LIST_ITEM.exec(line);
      if (item && !THEMATIC_BREAK.test(line)) {
        list.items.push(item[2] ?? '');
        list.blankBefore = false;
        continue;
      }
      const continues = /^[ \t]{2,}\S/.test(line) || (!list.blankBefore && !startsBlock(line));
      if (continues && list.items.length > 0) {
        list.items[list.items.length - 1] = `${list.items[list.items.length - 1] ?? ''} ${line.trim()}`;
        list.blankBefore = false;
        continue;
      }
      flush();
    }
    if (paragraph && SETEXT_UNDERLINE.test(line)) {
      const text = paragraph.text.join(' ').trim();
      const { line: start } = paragraph;
      paragraph = undefined;
      blocks.push({ kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2, text, line: start });
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1] ?? '#').length, text: (heading[2] ?? '').trim(), line: number });
      continue;
    }
    const attributes = ATTRIBUTE_LIST.exec(line);
    if (attributes) {
      flush();
      const last = blocks.at(-1);
      if (last?.kind === 'quote' && last.line + last.markdown.split('\n').length === number) last.classes.push(...classesOf(attributes[1] ?? ''));
      continue;
    }
    if (BLOCKQUOTE.test(line)) {
      flush();
      const quoted: string[] = [];
      let j = i - 1;
      while (j < lines.length && BLOCKQUOTE.test(lines[j] ?? '')) {
        quoted.push(BLOCKQUOTE.exec(lines[j] ?? '')?.[1] ?? '');
        j += 1;
      }
      blocks.push({ kind: 'quote', markdown: quoted.join('\n'), classes: [], line: number });
      i = j;
      continue;
    }
    if (THEMATIC_BREAK.test(line) || COLON_FENCE.test(line) || LINK_DEFINITION.test(line) || TABLE_ROW.test(line) || MYST_TARGET.test(line) || LIQUID_TAG.test(line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && (item[2] !== undefined || paragraph === undefined)) {
      flush();
      list = { items: [item[2] ?? ''], line: number, blankBefore: false };
      continue;
    }
    if (paragraph) {
      paragraph.text.push(line.trim());
      continue;
    }
    if (INDENTED_CODE.test(line)) continue;
    if (HTML_BLOCK.test(line)) {
      while (i < lines.length && (lines[i] ?? '').trim() !== '') i += 1;
      continue;
    }
    paragraph = { text: [line.trim()], line: number };
  }
  flush();
  return blocks;
}

/** True when a line opens a block of its own, so it cannot continue a list item lazily. */
function startsBlock(line: string): boolean {
  return ATX_HEADING.test(line) || CODE_FENCE.test(line) || COLON_FENCE.test(line) || BLOCKQUOTE.test(line) || THEMATIC_BREAK.test(line)
    || ATTRIBUTE_LIST.test(line) || TABLE_ROW.test(line) || /^ {0,3}<!--/.test(line);
}

/** Index of the line that closes a fence opened with `fence` (same character, at least as long), or the last line. */
function closingFence(lines: readonly string[], from: number, fence: string): number {
  const close = new RegExp(`^ {0,3}\\${fence[0] ?? '`'}{${fence.length},}[ \\t]*$`);
  for (let j = from; j < lines.length; j += 1) if (close.test(lines[j] ?? '')) return j;
  return lines.length;
}

function classesOf(attributes: string): string[] {
  return attributes.split(/\s+/).filter((token) => token.startsWith('.') && token.length > 1).map((token) => token.slice(1).toLowerCase());
}
