import { html, type SafeHtml } from './html.js';

/** Ready-made citations of a record: formatted text, BibTeX, and links to the other citation formats. */
export interface CitationModel {
  /** A formatted citation (Harvard). */
  text: string;
  bibtex: string;
  /** Other citation formats: label → URL. */
  formats: readonly { label: string; href: string; type: string }[];
}

/** The "How to cite" section of record, version and tombstone pages. */
export function citationSection(citation: CitationModel): SafeHtml {
  return html`<h2 id="cite">How to cite</h2>
<pre class="cite">${citation.text}</pre>
<details><summary>BibTeX</summary><pre class="cite">${citation.bibtex}</pre></details>
<p>${citation.formats.map((f, i) => html`${i ? ' · ' : ''}<a href="${f.href}" type="${f.type}">${f.label}</a>`)}</p>`;
}
