import { cleanText } from '../../src/normalise/index.js';
import type { MarkupSyntax } from './MarkupSyntax.js';

/** `{term}`commits <commit>`` (MyST) and `:term:`commits <commit>`` (RST): a role keeps its text. */
const MYST_ROLE = /\{[\w:.-]{1,64}\}`([^`]{0,1000})`/g;
const RST_ROLE = /:[\w:.-]{1,64}:`([^`]{0,1000})`/g;
/** RST ``literal``. */
const RST_LITERAL = /``([^`]{1,1000})``/g;
/** RST `text <https://…>`__ and `text`_ references. */
const RST_LINK = /`([^`<]{1,1000}?)\s*<[^`>]{0,2000}>`_{1,2}/g;
const RST_REFERENCE = /`([^`]{1,1000})`_{1,2}/g;
/** RST interpreted text without a role: `text`. */
const RST_INTERPRETED = /`([^`]{1,1000})`/g;

/** Markdown inline rules, bounded so that hostile input cannot make a scan quadratic. */
const MARKDOWN: readonly (readonly [RegExp, string])[] = [
  [/!\[([^\]]{0,1000})\]\([^)]{0,2000}\)/g, ''], // images carry no prose
  [/\[([^\]]{1,1000})\]\([^)]{0,2000}\)/g, '$1'], // inline links
  [/\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/g, '$1'], // reference links
  [/<(https?:\/\/[^\s>]{1,2000})>/g, '$1'], // autolinks
  [/`{1,3}([^`]{1,1000})`{1,3}/g, '$1'], // code spans
];

/** Emphasis marks, for both syntaxes. */
const EMPHASIS: readonly (readonly [RegExp, string])[] = [
  [/(\*\*|__)(?=\S)([^\n]{0,1000}?\S)\1/g, '$2'], // strong
  [/(?<![\w*])\*(?=[^\s*])([^\n]{0,1000}?[^\s*])\*(?![\w*])/g, '$1'], // emphasis with *
  [/(?<![\w_])_(?=[^\s_])([^\n]{0,1000}?[^\s_])_(?![\w_])/g, '$1'], // emphasis with _
];

/**
 * Turns inline MyST or reStructuredText into one line of plain text for metadata: roles keep their text
 * (`{term}`commits <commit>`` → `commits`), links keep their text, literals their content, emphasis marks go and
 * images are dropped. The result is cut to `maxLength` with `…`. HTML-like text such as `<script>` stays text: escaping is the renderer's job.
 */
export function inlineText(text: string, syntax: MarkupSyntax, maxLength = 10_000): string {
  const roleText = (_match: string, content: string): string => /^(.*?)\s*<[^<>]*>$/s.exec(content)?.[1] ?? content;
  // Longer input is cut before the regexes run: the result is truncated to maxLength anyway.
  const bounded = text.length > maxLength * 4 ? text.slice(0, maxLength * 4) : text;
  let out = bounded.replace(MYST_ROLE, roleText).replace(RST_ROLE, roleText);
  if (syntax === 'rst') {
    out = out.replace(RST_LITERAL, '$1').replace(RST_LINK, '$1').replace(RST_REFERENCE, '$1').replace(RST_INTERPRETED, '$1');
  } else {
    out = MARKDOWN.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), out);
  }
  out = EMPHASIS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), out);
  out = out.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
  return cleanText(out, { singleLine: true, maxLength });
}
