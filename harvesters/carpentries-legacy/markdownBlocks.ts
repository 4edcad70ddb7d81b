/** A block of a Markdown page: its lines, separated from the next block by a blank line or a fence. */
export interface MarkdownBlock {
  /** 1-based line of the block's first line in the text given. */
  line: number;
  lines: string[];
  /** True for a fenced (``` or ~~~) code block. */
  code: boolean;
}

/**
 * Splits Markdown into blocks at blank lines, keeping fenced code blocks whole and dropping HTML comments.
 * Enough block structure to find prose paragraphs and kramdown-marked blockquotes in a lesson page. Pure.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => '\n'.repeat(comment.split('\n').length - 1))
    .split('\n');
  const blocks: MarkdownBlock[] = [];
  let current: MarkdownBlock | undefined;
  let fence: string | undefined;
  lines.forEach((text, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence !== undefined) {
      current?.lines.push(text);
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = undefined;
        current = undefined;
      }
      return;
    }
    if (marker !== undefined) {
      fence = marker;
      current = { line: index + 1, lines: [text], code: true };
      blocks.push(current);
      return;
    }
    if (text.trim() === '') {
      current = undefined;
      return;
    }
    if (current === undefined) {
      current = { line: index + 1, lines: [], code: false };
      blocks.push(current);
    }
    current.lines.push(text);
  });
  return blocks;
}
