/** The blocks {@link itemsOrParagraphs} looks at; other kinds of block are passed over. */
export type ProseBlock = { kind: 'list'; items: readonly string[] } | { kind: 'paragraph'; text: string } | { kind: string };

/**
 * The texts of a lesson box (objectives, questions, key points, prerequisites): the items of its lists when it
 * has any, else its paragraphs, in order, still as inline markup. Lesson templates ask for bullet lists, and
 * authors who write prose instead mean each paragraph as one point.
 */
export function itemsOrParagraphs(blocks: readonly ProseBlock[]): string[] {
  const items = blocks.flatMap((block) => (block.kind === 'list' && 'items' in block ? block.items : []));
  if (items.length > 0) return items;
  return blocks.flatMap((block) => (block.kind === 'paragraph' && 'text' in block ? [block.text] : []));
}
