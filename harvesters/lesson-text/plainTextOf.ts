import { cleanText } from '../../src/normalise/index.js';
import { inlineMarkdownToText, type InlineMarkdownOptions } from './inlineMarkdownToText.js';

/** Options of {@link plainTextOf}. */
export interface PlainTextOptions extends InlineMarkdownOptions {
  /** Longest result, ellipsis included (see `cleanText`). */
  maxLength: number;
  /** Join lines (titles, list items). */
  singleLine?: boolean;
}

/**
 * Inline Markdown to clean plain text: `inlineMarkdownToText`, then `cleanText`. The input is cut to a bound
 * before the Markdown pass, so a 10 MB field costs no more than a long one; a cut text ends with `…`.
 */
export function plainTextOf(markdown: string, options: PlainTextOptions): string {
  const { maxLength, singleLine = false, ...inline } = options;
  const bound = maxLength * 4 + 1024;
  const cut = markdown.length > bound;
  const text = cleanText(inlineMarkdownToText(cut ? markdown.slice(0, bound) : markdown, inline), { maxLength, singleLine });
  return cut && text !== '' && !text.endsWith('…') ? cleanText(`${text}…`, { maxLength, singleLine }) : text;
}
