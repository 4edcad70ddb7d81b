import type { CatalogRecord } from '../model/CatalogRecord.js';
import { citationSection, type CitationModel } from './citationSection.js';
import { html, jsonForScript } from './html.js';
import { layout } from './layout.js';
import { recordFields } from './recordFields.js';
import { safeHref } from './safeHref.js';
import { signpostingLinks } from './signpostingLinks.js';

export { safeHref } from './safeHref.js';

export interface RecordPageModel {
  catalogTitle: string;
  record: CatalogRecord;
  /** The IRI to cite (the record's persistent IRI, or a version's). */
  iri: string;
  providerName: string;
  /** The record's JSON-LD document, embedded for crawlers (schema.org in a script element). */
  jsonld: unknown;
  /** Alternate representations: media type → URL. */
  alternates: readonly { type: string; href: string; label: string }[];
  /** FAIR Signposting links, repeated as `<link>` elements in the head. */
  links?: readonly { href: string; rel: string; type?: string; profile?: string }[];
  citation?: CitationModel;
  /** URL of the record's version history. */
  versionsHref?: string;
  /** Set when the page shows an earlier version: which one and where the current record is. */
  versionOf?: { number: number; created: string; latest: number; currentHref: string };
}

/** The HTML page of one material (or of one of its versions), with its JSON-LD embedded (DESIGN §4). */
export function recordPage(model: RecordPageModel): string {
  const m = model.record.material;
  const v = model.versionOf;
  const banner = v
    ? html`<div class="tombstone"><strong>Version ${v.number} of ${v.latest}</strong>, recorded on ${v.created.slice(0, 10)}. <a href="${v.currentHref}">See the current record</a>.</div>`
    : '';
  const body = html`
<article>
${banner}
<h1>${m.name}</h1>
<p class="muted">${model.providerName}${m.creativeWorkStatus ? html` · ${m.creativeWorkStatus}` : ''} · version ${model.record.version} in this catalog${model.versionsHref ? html` (<a href="${model.versionsHref}">history</a>)` : ''}</p>
<p>${m.description}</p>
${recordFields(model.record, model.iri)}
${m.teaches.length > 0 ? html`<h2>What you will learn</h2><ul>${m.teaches.map((t) => html`<li>${t}</li>`)}</ul>` : ''}
${m.competencyRequired.length > 0 ? html`<h2>Prerequisites</h2><ul>${m.competencyRequired.map((t) => html`<li>${t}</li>`)}</ul>` : ''}
${m.hasPart.length > 0 ? html`<h2>Episodes</h2><ol>${m.hasPart.map((p) => html`<li>${p.url ? html`<a href="${safeHref(p.url)}">${p.name}</a>` : p.name}${p.timeRequired ? html` <span class="muted">(${p.timeRequired})</span>` : ''}</li>`)}</ol>` : ''}
${model.citation ? citationSection(model.citation) : ''}
<h2>Other formats</h2>
<p>${model.alternates.map((a, i) => html`${i ? ' · ' : ''}<a href="${a.href}" type="${a.type}">${a.label}</a>`)}</p>
</article>`;
  return layout({
    title: `${m.name}${v ? ` (version ${v.number})` : ''} — ${model.catalogTitle}`,
    catalogTitle: model.catalogTitle,
    body,
    head: html`<script type="application/ld+json">${jsonForScript(model.jsonld)}</script>
${signpostingLinks(model.links ?? [])}${model.alternates.map((a) => html`<link rel="alternate" type="${a.type}" href="${a.href}">`)}`,
  });
}
