import type { CatalogRecord } from '../model/CatalogRecord.js';
import { html, type SafeHtml } from './html.js';
import { safeHref } from './safeHref.js';

/** The metadata of a record as a definition list (shared by record, version and tombstone pages). */
export function recordFields(record: CatalogRecord, iri: string): SafeHtml {
  const m = record.material;
  const row = (label: string, value: SafeHtml | string | undefined | false): SafeHtml | '' => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '');
  const links = (values: readonly string[]): SafeHtml => html`${values.map((v, i) => html`${i ? ', ' : ''}<a href="${safeHref(v)}">${v}</a>`)}`;
  return html`<dl class="fields">
${row('Identifier', html`<a href="${safeHref(iri)}">${iri}</a>`)}
${row('Landing page', html`<a href="${safeHref(m.url)}">${m.url}</a>`)}
${row('DOI', m.doi && html`<a href="${safeHref(m.doi)}">${m.doi}</a>`)}
${row('Keywords', m.keywords.length > 0 && m.keywords.join(', '))}
${row('Authors', m.authors.length > 0 && html`${m.authors.map((a, i) => html`${i ? '; ' : ''}${a.orcid ? html`<a href="${safeHref(a.orcid)}">${a.name}</a>` : a.name}`)}`)}
${row('Licence', m.license && html`<a href="${safeHref(m.license)}">${m.license.replace(/^.*\//, '')}</a>`)}
${row('Language', m.inLanguage)}
${row('Level', m.educationalLevel)}
${row('Time required', m.timeRequired)}
${row('Created', m.dateCreated)}
${row('Version', m.version)}
${row('Repository', m.repository && html`<a href="${safeHref(m.repository)}">${m.repository}</a>`)}
${row('Same as', m.sameAs.length > 0 && links(m.sameAs))}
</dl>`;
}
