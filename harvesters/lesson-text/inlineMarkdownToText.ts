// A code span: a run of backticks, then anything up to the same run (CommonMark §6.1).
// Spans are bounded (≤ 1,000 characters) so that hostile input cannot make the scan quadratic.
const CODE_SPAN = /(`{1,16})([^`][\s\S]{0,1000}?)\1(?!`)/g;

const RULES: readonly (readonly [RegExp, string])[] = [
  [/!\[([^[\]]{0,1000})\]\([^)]{0,2000}\)/g, ''], // images carry no prose for metadata
  [/\[\^[^[\]]{0,100}\]/g, ''], // footnote references
  [/\[([^[\]]{1,1000})\]\([^)]{0,2000}\)/g, '$1'], // inline links
  [/\[([^[\]]{1,1000})\]\[[^[\]]{0,1000}\]/g, '$1'], // reference links
  [/\[([^[\]]{1,1000})\]\{[^}]{0,1000}\}/g, '$1'], // Pandoc bracketed spans
  [/<(https?:\/\/[^\s>]{1,2000})>/g, '$1'], // autolinks
  [/(\*\*|__)(?=\S)([\s\S]{0,1000}?\S)\1/g, '$2'], // strong
  [/(?<![\w*])\*(?=[^\s*])([\s\S]{0,1000}?[^\s*])\*(?![\w*])/g, '$1'], // emphasis with *
  [/(?<![\w_])_(?=[^\s_])([\s\S]{0,1000}?[^\s_])_(?![\w_])/g, '$1'], // emphasis with _
  [/~~(?=\S)([\s\S]{0,1000}?\S)~~/g, '$1'], // strikethrough
];

// Backslash escapes (CommonMark §2.4) are hidden in the private use area while the rules run, then restored.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const HIDDEN = /[\uE000-\uE07F]/g;

// Jekyll templates in page prose: Liquid tags and output, kramdown attribute lists (bounded like the spans above).
const TEMPLATE_RULES: readonly (readonly [RegExp, string])[] = [
  [/\{%[^%]{0,2000}%\}/g, ''], // Liquid tags: {% include links.md %}
  [/\{\{[^{}]{0,2000}\}\}/g, ''], // Liquid output left unrendered: {{ page.root }}
  [/\{:[^}\n]{0,500}\}/g, ''], // kramdown attribute lists: {: .challenge}
];

// Raw HTML in Markdown prose: comments and tags (CommonMark §6.6), bounded like the spans above.
const HTML_COMMENT = /<!--[\s\S]{0,10000}?-->/g;
// Elements whose content is code or styling, not prose: removed with their content.
const HTML_CODE_ELEMENT = /<(script|style|template|noscript)\b[^<>]{0,1000}>(?:[^<]|<(?!\/?\1\b)){0,10000}<\/\1\s*>/gi;
const HTML_TAG = /<\/?[A-Za-z][\w:-]{0,64}(?:\s[^<>]{0,1000})?\/?>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Options of {@link inlineMarkdownToText}. */
export interface InlineMarkdownOptions {
  /**
   * Remove raw HTML tags and comments outside code spans and decode entities, as for Markdown prose. Leave it
   * off for titles: a title such as `<script>…` stays text there, and escaping is the renderer's job.
   */
  stripHtml?: boolean;
  /**
   * Remove Jekyll template markup, as for the page prose of legacy Carpentries lessons: Liquid tags `{% … %}`,
   * unrendered Liquid output `{{ … }}` and kramdown attribute lists `{: .class}`. Leave it off for front-matter
   * texts, where an unrendered `{{ … }}` must stay for the placeholder check.
   */
  templates?: boolean;
}

/**
 * Turns inline Markdown into plain text (CommonMark §6): code spans keep their content verbatim (without
 * backticks), links keep their text, emphasis marks go, images and footnote references are dropped, backslash
 * escapes are resolved. Block structure (headings, lists) is `markdownBlocks`' job; whitespace is `cleanText`'s.
 * Every pattern is bounded, so hostile input cannot make a scan quadratic.
 */
export function inlineMarkdownToText(markdown: string, options: InlineMarkdownOptions = {}): string {
  let out = '';
  let last = 0;
  for (const match of markdown.matchAll(CODE_SPAN)) {
    out += plain(markdown.slice(last, match.index), options) + codeContent(match[2] ?? '');
    last = match.index + match[0].length;
  }
  return out + plain(markdown.slice(last), options);
}

function plain(text: string, options: InlineMarkdownOptions): string {
  const hidden = text.replace(ESCAPE, (_match, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)));
  const rules = options.templates ? [...TEMPLATE_RULES, ...RULES] : RULES;
  let markdown = rules.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), hidden);
  if (options.stripHtml) markdown = markdown.replace(HTML_COMMENT, '').replace(HTML_CODE_ELEMENT, '').replace(HTML_TAG, '').replace(ENTITY, decodeEntity);
  return markdown.replace(HIDDEN, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));
}

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? entity;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

// CommonMark strips one leading and trailing space when both are present (`` ` `a` ` ``).
function codeContent(code: string): string {
  return /^ .*\S.* $/s.test(code) ? code.slice(1, -1) : code;
}
