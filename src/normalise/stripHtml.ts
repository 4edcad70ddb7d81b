import { load } from 'cheerio';
import { cleanText } from './cleanText.js';

/** Elements that stand apart from the text around them as paragraphs. */
const BLOCK_ELEMENTS = 'p, div, ul, ol, dl, h1, h2, h3, h4, h5, h6, table, blockquote, pre, section, article, header, footer';

/** Elements that start a new line inside a block. */
const LINE_ELEMENTS = 'li, dt, dd, tr';

/**
 * Turns an HTML fragment into plain text, for sources whose descriptions are HTML (Zenodo `description`,
 * INTERSECT module names such as `Build systems:  <code>cmake</code>`): tags removed, entities decoded
 * (`&amp;`, `&#39;`, `&nbsp;`), `script`/`style` content dropped, `<br>` and list items (prefixed `- `) start new
 * lines, block elements (`p`, `div`, `ul`, headings…) become paragraphs; then {@link cleanText} without a length limit.
 *
 * Only call it on fields that are HTML: plain text such as `x<y` may lose characters to the HTML parser.
 */
export function stripHtml(value: string): string {
  const $ = load(value, null, false);
  $('script, style, template, noscript').remove();
  $('br').replaceWith('\n');
  $('li').prepend('- ');
  $(LINE_ELEMENTS).before('\n');
  $(BLOCK_ELEMENTS).before('\n\n').after('\n\n');
  return cleanText($.root().text(), { maxLength: Number.POSITIVE_INFINITY });
}
