import { cleanText } from '../../src/normalise/index.js';
import { inlineMarkdownToText } from './inlineMarkdownToText.js';

/** Options of {@link plainTextOf}. */
export interface PlainTextOptions {
  /** Longest result, ellipsis included (see `cleanText`). */
  maxLength: number;
  /** Join lines (titles, list items). */
  singleLine?: boolean;
  /** Remove raw HTML (Markdown prose); keep it off for titles. */
  stripHtml?: boolean;
}

/**
 * Markdown (inline) to clean plain text: `inlineMarkdownToText`, then `cleanText`. The input is cut to a bound
 * before the Markdown pass, so a 10 MB field costs no more than a long one; a cut text ends with `…`.
 */
export function plainTextOf(markdown: string, options: PlainTextOptions): string {
  const bound = options.maxLength * 4;
  const cut = markdown.length > bound;
  const text = cleanText(inlineMarkdownToText(cut ? markdown.slice(0, bound) : markdown, { stripHtml: options.stripHtml ?? false }), {
    maxLength: options.maxLength,
    singleLine: options.singleLine ?? false,
  });
  return cut && !text.endsWith('…') ? cleanText(`${text}…`, { maxLength: options.maxLength, singleLine: options.singleLine ?? false }) : text;
}
