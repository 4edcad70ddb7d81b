import { markdownBlocks, parseFrontMatter } from '../lesson-text/index.js';
import type { MarkupSyntax } from './MarkupSyntax.js';
import type { PageBlock } from './PageBlock.js';

const LIST_ITEM = /^( {0,3})(?:[-*+]|\d{1,9}[.)]|#\.)[ \t]+(.*)$/;
const RST_EXPLICIT = /^\.\.(\s|$)/;
/** An RST section adornment: one punctuation character repeated, at least three times. */
const ADORNMENT = /^([=\-~^"'`#*+_.:<>])\1{2,}$/;

/**
 * Splits a MyST or reStructuredText page into headings, paragraphs and bullet lists, in order, leaving out what is
 * not prose: directives and their bodies (RST `..` blocks, MyST fences), code, comments, targets, tables, and
 * indented blocks. Enough for a lesson's index page (title, introduction, "Who is the course for?"), not a
 * general parser. Paragraph and item lines are joined with single spaces; inline markup is left for
 * `inlineText`. MyST is Markdown: its blocks are the shared `markdownBlocks`, after the front matter, with
 * blockquotes read as the prose they hold.
 */
export function parsePageBlocks(text: string, syntax: MarkupSyntax): PageBlock[] {
  if (syntax === 'myst') {
    const { body, bodyLine } = parseFrontMatter(text, '');
    return mystBlocks(body, bodyLine - 1);
  }
  return rstBlocks(text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd()));
}

/** The Markdown blocks of a MyST page as page blocks, their lines shifted by `offset` (the front matter). */
function mystBlocks(markdown: string, offset: number): PageBlock[] {
  return markdownBlocks(markdown).flatMap((block): PageBlock[] => {
    const line = block.line + offset;
    if (block.kind === 'heading') return [{ kind: 'heading', text: block.text, line }];
    if (block.kind === 'paragraph') return [{ kind: 'paragraph', text: block.text, line }];
    if (block.kind === 'list') return [{ kind: 'list', items: block.items, line }];
    return mystBlocks(block.markdown, line - 1).filter((inner) => inner.kind !== 'heading');
  });
}

function rstBlocks(lines: string[]): PageBlock[] {
  const blocks: PageBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || /^\s/.test(line)) {
      i += 1; // blank, or an indented block (quote, literal block, directive body)
      continue;
    }
    if (RST_EXPLICIT.test(line)) {
      i += 1;
      while (i < lines.length && ((lines[i] ?? '') === '' || /^\s/.test(lines[i] ?? ''))) i += 1;
      continue;
    }
    const heading = rstHeading(lines, i);
    if (heading) {
      blocks.push({ kind: 'heading', text: heading.text, line: heading.line });
      i = heading.next;
      continue;
    }
    if (ADORNMENT.test(line)) {
      i += 1; // a transition
      continue;
    }
    i = LIST_ITEM.test(line) ? readList(lines, i, blocks, (next) => RST_EXPLICIT.test(next)) : readParagraph(lines, i, blocks);
  }
  return blocks;
}

/** An RST title: text underlined (or over- and underlined) with one repeated punctuation character. */
function rstHeading(lines: string[], i: number): { text: string; line: number; next: number } | undefined {
  const line = lines[i] ?? '';
  const below = lines[i + 1] ?? '';
  if (ADORNMENT.test(line) && (lines[i + 1] ?? '').trim() !== '' && (lines[i + 2] ?? '') === line) {
    return { text: below.trim(), line: i + 2, next: i + 3 };
  }
  if (!ADORNMENT.test(line) && ADORNMENT.test(below)) return { text: line.trim(), line: i + 1, next: i + 2 };
  return undefined;
}

function readList(lines: string[], start: number, blocks: PageBlock[], endsList: (line: string) => boolean): number {
  const items: string[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const item = LIST_ITEM.exec(line);
    if (item) {
      items.push((item[2] ?? '').trim());
      i += 1;
      continue;
    }
    const continues = line.trim() !== '' && /^\s/.test(line) && items.length > 0;
    const lazy = line.trim() !== '' && !endsList(line) && items.length > 0 && (lines[i - 1] ?? '').trim() !== '';
    if (continues || lazy) {
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
      i += 1;
      continue;
    }
    // A blank line ends the list unless the next non-blank line is another item or an indented continuation.
    if (line.trim() === '') {
      let next = i + 1;
      while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
      const after = lines[next] ?? '';
      if (next < lines.length && (LIST_ITEM.test(after) || /^ {2,}\S/.test(after))) {
        i = next;
        continue;
      }
    }
    break;
  }
  blocks.push({ kind: 'list', items, line: start + 1 });
  return i;
}

function readParagraph(lines: string[], start: number, blocks: PageBlock[]): number {
  const parts: string[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') break;
    if (i > start && (LIST_ITEM.test(line) || RST_EXPLICIT.test(line) || rstHeading(lines, i))) break;
    parts.push(line.trim());
    i += 1;
  }
  const text = parts.join(' ').trim();
  // RST `Paragraph::` introduces a literal block: keep the sentence with one colon.
  if (text !== '') blocks.push({ kind: 'paragraph', text: text.replace(/::$/, ':'), line: start + 1 });
  return Math.max(i, start + 1);
}
