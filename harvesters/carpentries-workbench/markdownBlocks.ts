/** A block of Markdown that can carry metadata prose. Lines of a block are joined with single spaces. */
export interface MarkdownBlock {
  kind: 'heading' | 'paragraph' | 'item';
  /** The block's raw inline Markdown, on one line. */
  text: string;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const COLON_FENCE = /^ {0,3}:{3,}/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_ROW = /^ {0,3}\|/;

/**
 * Splits Markdown into headings, paragraphs and list items, leaving out what is not prose: fenced code,
 * HTML comments, link reference definitions, tables, thematic breaks and stray div fences. Enough of
 * CommonMark for lesson front pages and episode boxes; not a general parser.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let current: MarkdownBlock | undefined;
  let codeFence: string | undefined;
  let inComment = false;
  const flush = (): void => {
    if (current && current.text.trim() !== '') blocks.push({ kind: current.kind, text: current.text.trim() });
    current = undefined;
  };

  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (codeFence !== undefined) {
      const close = CODE_FENCE.exec(line)?.[1];
      if (close !== undefined && close[0] === codeFence[0] && close.length >= codeFence.length) codeFence = undefined;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const fence = CODE_FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      flush();
      codeFence = fence;
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      flush();
      inComment = !line.includes('-->');
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (current?.kind === 'paragraph' && SETEXT_UNDERLINE.test(line)) {
      current.kind = 'heading';
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: (heading[1] ?? '').trim() });
      continue;
    }
    if (THEMATIC_BREAK.test(line) || COLON_FENCE.test(line) || LINK_DEFINITION.test(line) || TABLE_ROW.test(line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      current = { kind: 'item', text: item[1] ?? '' };
      continue;
    }
    const text = line.replace(/^ {0,3}>[ \t]?/, '').trim();
    if (current) current.text += ` ${text}`;
    else current = { kind: 'paragraph', text };
  }
  flush();
  return blocks;
}
