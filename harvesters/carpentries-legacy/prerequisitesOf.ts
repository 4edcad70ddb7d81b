import { itemsOrParagraphs, markdownBlocks, plainTextOf } from '../lesson-text/index.js';

/** Longest prerequisite kept (characters); the first paragraph search is bounded the same way. */
const MAX_ITEM_LENGTH = 2_000;

/**
 * The prerequisites of a legacy lesson from its `index.md`: the styles template puts them in a blockquote
 * marked `{: .prereq}` (https://carpentries.github.io/lesson-example/04-formatting/index.html#special-blockquotes).
 * Its list items, or else its paragraphs, become one text each; the blockquote's own heading is left out. Pure.
 */
export function prerequisitesOf(markdown: string): string[] {
  return markdownBlocks(markdown)
    .flatMap((block) => (block.kind === 'quote' && block.classes.includes('prereq') ? itemsOrParagraphs(markdownBlocks(block.markdown)) : []))
    .map((text) => plainTextOf(text, { maxLength: MAX_ITEM_LENGTH, singleLine: true, stripHtml: true, templates: true }))
    .filter((text) => text !== '');
}
