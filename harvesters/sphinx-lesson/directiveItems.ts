import { cleanText, isPlaceholder } from '../../src/normalise/index.js';
import { itemsOrParagraphs } from '../lesson-text/index.js';
import { inlineText } from './inlineText.js';
import type { MarkupSyntax } from './MarkupSyntax.js';
import { parsePageBlocks } from './parsePageBlocks.js';

/** Longest kept item (an objective, a question, a prerequisite). */
const MAX_ITEM_LENGTH = 2000;
/** Most items kept from one directive or list. */
const MAX_ITEMS = 100;

/** How {@link directiveItems} treats a body without a bullet list. */
export type ProseItems = 'paragraph-each' | 'whole';

/**
 * The items of a directive body such as `objectives`, `questions`, `keypoints` or `prereq`, as plain text: its
 * bullet items when it has a list; otherwise each paragraph is an item (`'paragraph-each'`), or the whole prose
 * is one item with paragraphs separated by a blank line (`'whole'`, for a `prereq` box that explains one set of
 * prerequisites over several paragraphs). Empty and placeholder items (`FIXME`) are dropped.
 */
export function directiveItems(body: string, syntax: MarkupSyntax, prose: ProseItems = 'paragraph-each'): string[] {
  const blocks = parsePageBlocks(body, syntax);
  const plain = (text: string): string => inlineText(text, syntax, MAX_ITEM_LENGTH);
  const hasList = blocks.some((block) => block.kind === 'list');
  const texts = itemsOrParagraphs(blocks).map(plain);
  const items = !hasList && prose === 'whole' ? [cleanText(texts.join('\n\n'), { maxLength: MAX_ITEM_LENGTH * 5 })] : texts;
  return [...new Set(items.filter((item) => item !== '' && !isPlaceholder(item)))].slice(0, MAX_ITEMS);
}
