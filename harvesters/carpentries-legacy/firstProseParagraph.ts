import { markdownBlocks, plainTextOf } from '../lesson-text/index.js';

/**
 * The first prose paragraph of a lesson's `index.md` body, as plain text on one line, at most `maxLength`
 * characters: headings, callout blockquotes, lists, code, HTML blocks, Liquid tags and link definitions are
 * passed over (see `markdownBlocks`), and so is a paragraph that is only Liquid or HTML. Inline Markdown, HTML,
 * unrendered Liquid output and kramdown attribute lists are removed. Pure; `undefined` when the page has no prose
 * paragraph.
 */
export function firstProseParagraph(markdown: string, maxLength: number): string | undefined {
  for (const block of markdownBlocks(markdown)) {
    if (block.kind !== 'paragraph') continue;
    const text = plainTextOf(block.text, { maxLength, singleLine: true, stripHtml: true, templates: true });
    if (text !== '') return text;
  }
  return undefined;
}
