import { markdownBlocks } from './markdownBlocks.js';
import { markdownToText } from './markdownToText.js';

/** First lines that do not start a prose paragraph. */
const NOT_PROSE = [
  /^ {0,3}#/, // heading
  /^ {0,3}>/, // blockquote (callouts such as prerequisites)
  /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)/, // list
  /^ {0,3}(?:[-*_][ \t]*){3,}$/, // thematic break
  /^ {0,3}\|/, // table
  /^ {0,3}</, // HTML block
  /^ {0,3}\{[:%{]/, // kramdown attribute list, Liquid tag or output
  /^ {0,3}\[[^\]]+\]:/, // link reference definition
  /^ {4}/, // indented code
];

/**
 * The first prose paragraph of a lesson's `index.md` body, as plain text (one line): headings, callout
 * blockquotes, lists, code, HTML blocks, Liquid and link definitions are skipped. Pure; `undefined` when the
 * page has no prose paragraph.
 */
export function firstProseParagraph(markdown: string): string | undefined {
  for (const block of markdownBlocks(markdown)) {
    const first = block.lines[0] ?? '';
    if (block.code || NOT_PROSE.some((pattern) => pattern.test(first))) continue;
    const text = markdownToText(block.lines.join('\n'), { from: 'page' }).replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return undefined;
}
