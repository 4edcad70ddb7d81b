import { stripHtml } from '../../src/normalise/index.js';

// Patterns are bounded so that hostile input cannot make a scan quadratic.
const PAGE_RULES: readonly (readonly [RegExp, string])[] = [
  [/\{%-?[\s\S]{0,2000}?-?%\}/g, ''], // Liquid tags: {% include links.md %}
  [/\{\{-?[\s\S]{0,2000}?-?\}\}/g, ''], // Liquid output left after renderSiteVariables: {{ page.root }}
  [/\{:[^}\n]{0,500}\}/g, ''], // kramdown attribute lists: {: .challenge}
];

const INLINE_RULES: readonly (readonly [RegExp, string])[] = [
  [/!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)/g, ''], // images
  [/\[([^\]\n]{1,1000})\]\([^)\n]{0,2000}\)/g, '$1'], // inline links
  [/\[([^\]\n]{1,1000})\]\[[^\]\n]{0,1000}\]/g, '$1'], // reference links
  [/<(https?:\/\/[^\s>]{1,2000})>/g, '$1'], // autolinks
  [/`{1,3}([^`\n]{1,1000}?)`{1,3}/g, '$1'], // code spans
  [/(\*\*|__)(?=\S)([^\n]{0,1000}?\S)\1/g, '$2'], // strong
  [/(?<![\w*])\*(?=[^\s*])([^\n]{0,1000}?[^\s*])\*(?![\w*])/g, '$1'], // emphasis with *
  [/(?<![\w_])_(?=[^\s_])([^\n]{0,1000}?[^\s_])_(?![\w_])/g, '$1'], // emphasis with _
  [/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1'], // backslash escapes
];

/**
 * Turns inline Markdown of a legacy lesson into plain text: links keep their text, images are dropped, emphasis
 * and code marks are removed. Text `from: 'page'` (a Markdown body) also loses its Liquid tags and output and
 * kramdown attribute lists, and its inline HTML is stripped. Text `from: 'front-matter'` (titles, questions,
 * objectives, which the template prints as text) keeps both: an unrendered `{{ … }}` is left for the
 * placeholder check, and a `<script>` in a title stays the characters it is. Pure; the caller cleans whitespace.
 */
export function markdownToText(markdown: string, options: { from: 'page' | 'front-matter' }): string {
  const page = options.from === 'page';
  const rules = page ? [...PAGE_RULES, ...INLINE_RULES] : INLINE_RULES;
  const text = rules.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), markdown);
  return page && /<[a-z!/]/i.test(text) ? stripHtml(text) : text;
}
