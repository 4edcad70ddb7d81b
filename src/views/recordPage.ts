import type { CatalogRecord } from '../model/CatalogRecord.js';
import { html, jsonForScript, type SafeHtml } from './html.js';
import { layout } from './layout.js';

export interface RecordPageModel {
  catalogTitle: string;
  record: CatalogRecord;
  /** The record's persistent IRI (cite-as). */
  iri: string;
  providerName: string;
  /** The record's JSON-LD document, embedded for crawlers (schema.org in a script element). */
  jsonld: unknown;
  /** Alternate representations: media type → URL. */
  alternates: readonly { type: string; href: string; label: string }[];
}

/** The HTML page of one material, with its JSON-LD embedded (DESIGN §4 `GET /materials/{id}`). */
export function recordPage(model: RecordPageModel): string {
  const m = model.record.material;
  const row = (label: string, value: SafeHtml | string | undefined | false): SafeHtml | '' => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '');
  const links = (values: readonly string[]): SafeHtml => html`${values.map((v, i) => html`${i ? ', ' : ''}<a href="${safeHref(v)}">${v}</a>`)}`;
  const body = html`
<article>
<h1>${m.name}</h1>
<p class="muted">${model.providerName}${m.creativeWorkStatus ? html` · ${m.creativeWorkStatus}` : ''} · version ${model.record.version} in this catalog</p>
<p>${m.description}</p>
<dl class="fields">
${row('Identifier', html`<a href="${model.iri}">${model.iri}</a>`)}
${row('Landing page', html`<a href="${safeHref(m.url)}">${m.url}</a>`)}
${row('DOI', m.doi && html`<a href="${safeHref(m.doi)}">${m.doi}</a>`)}
${row('Keywords', m.keywords.length > 0 && m.keywords.join(', '))}
${row('Authors', m.authors.length > 0 && html`${m.authors.map((a, i) => html`${i ? '; ' : ''}${a.orcid ? html`<a href="${a.orcid}">${a.name}</a>` : a.name}`)}`)}
${row('Licence', m.license && html`<a href="${safeHref(m.license)}">${m.license.replace(/^.*\//, '')}</a>`)}
${row('Language', m.inLanguage)}
${row('Level', m.educationalLevel)}
${row('Time required', m.timeRequired)}
${row('Created', m.dateCreated)}
${row('Repository', m.repository && html`<a href="${safeHref(m.repository)}">${m.repository}</a>`)}
${row('Same as', m.sameAs.length > 0 && links(m.sameAs))}
</dl>
${m.teaches.length > 0 ? html`<h2>What you will learn</h2><ul>${m.teaches.map((t) => html`<li>${t}</li>`)}</ul>` : ''}
${m.competencyRequired.length > 0 ? html`<h2>Prerequisites</h2><ul>${m.competencyRequired.map((t) => html`<li>${t}</li>`)}</ul>` : ''}
${m.hasPart.length > 0 ? html`<h2>Episodes</h2><ol>${m.hasPart.map((p) => html`<li>${p.url ? html`<a href="${safeHref(p.url)}">${p.name}</a>` : p.name}${p.timeRequired ? html` <span class="muted">(${p.timeRequired})</span>` : ''}</li>`)}</ol>` : ''}
<h2>Other formats</h2>
<p>${model.alternates.map((a, i) => html`${i ? ' · ' : ''}<a href="${a.href}" type="${a.type}">${a.label}</a>`)}</p>
</article>`;
  return layout({
    title: `${m.name} — ${model.catalogTitle}`,
    catalogTitle: model.catalogTitle,
    body,
    head: html`<script type="application/ld+json">${jsonForScript(model.jsonld)}</script>
${model.alternates.map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}">`)}`,
  });
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) becomes inert. */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
