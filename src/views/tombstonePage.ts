import type { CatalogRecord } from '../model/CatalogRecord.js';
import { citationSection, type CitationModel } from './citationSection.js';
import { html, jsonForScript } from './html.js';
import { layout } from './layout.js';
import { recordFields } from './recordFields.js';
import { signpostingLinks } from './signpostingLinks.js';

export interface TombstonePageModel {
  catalogTitle: string;
  record: CatalogRecord;
  iri: string;
  withdrawnAt: string;
  reason: string;
  /** The tombstone's JSON-LD (last known record plus withdrawal), embedded like a record page's. */
  jsonld?: unknown;
  links?: readonly { href: string; rel: string; type?: string; profile?: string }[];
  citation?: CitationModel;
  versionsHref?: string;
}

/**
 * What a withdrawn material was, when and why it was withdrawn, and how to cite it (answered with 410 Gone,
 * DESIGN §3): the identifier stays resolvable and the last known metadata stays readable.
 */
export function tombstonePage(model: TombstonePageModel): string {
  const m = model.record.material;
  const body = html`
<article>
<div class="tombstone"><strong>Withdrawn.</strong> This material was withdrawn from the catalog on <time datetime="${model.withdrawnAt}">${model.withdrawnAt.slice(0, 10)}</time>: ${model.reason}.
Its identifier stays resolvable; below is its last known description${model.versionsHref ? html` (<a href="${model.versionsHref}">all versions</a>)` : ''}.</div>
<h1>${m.name}</h1>
<p>${m.description}</p>
${recordFields(model.record, model.iri)}
${model.citation ? citationSection(model.citation) : ''}
</article>`;
  return layout({
    title: `Withdrawn: ${m.name} — ${model.catalogTitle}`,
    catalogTitle: model.catalogTitle,
    body,
    head: html`${model.jsonld === undefined ? '' : html`<script type="application/ld+json">${jsonForScript(model.jsonld)}</script>`}
${signpostingLinks(model.links ?? [])}`,
  });
}
