import { cleanText } from '../../src/normalise/index.js';
import { inlineMarkdownToText } from '../lesson-text/index.js';
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
/** RST emphasis and strong emphasis (https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#emphasis). */
const RST_EMPHASIS: readonly (readonly [RegExp, string])[] = [
  [/\*\*(?=\S)([^\n*]{0,1000}?\S)\*\*/g, '$1'],
  [/(?<![\w*])\*(?=[^\s*])([^\n*]{0,1000}?[^\s*])\*(?![\w*])/g, '$1'],
];

/**
 * Turns inline MyST or reStructuredText into one line of plain text for metadata: roles keep their text
 * (`{term}`commits <commit>`` → `commits`), links keep their text, literals their content, emphasis marks go and
 * images are dropped. MyST is Markdown after its roles, read by the shared `inlineMarkdownToText`. The result is
 * cut to `maxLength` with `…`. HTML-like text such as `<script>` stays text: escaping is the renderer's job.
 */
export function inlineText(text: string, syntax: MarkupSyntax, maxLength = 10_000): string {
  const roleText = (_match: string, content: string): string => /^(.*?)\s*<[^<>]*>$/s.exec(content)?.[1] ?? content;
  // Longer input is cut before the regexes run: the result is truncated to maxLength anyway.
  const bounded = text.length > maxLength * 4 ? text.slice(0, maxLength * 4) : text;
  let out: string;
  if (syntax === 'rst') {
    out = bounded.replace(RST_ROLE, roleText).replace(RST_LITERAL, '$1').replace(RST_LINK, '$1').replace(RST_REFERENCE, '$1').replace(RST_INTERPRETED, '$1');
    out = RST_EMPHASIS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), out).replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
  } else {
    out = inlineMarkdownToText(bounded.replace(MYST_ROLE, roleText));
  }
  return cleanText(out, { singleLine: true, maxLength });
}
