import type { CatalogRecord } from '../model/CatalogRecord.js';
import { html } from './html.js';
import { layout } from './layout.js';

export interface TombstonePageModel {
  catalogTitle: string;
  record: CatalogRecord;
  iri: string;
  withdrawnAt: string;
  reason: string;
}

/** What a withdrawn material was, when and why it was withdrawn (answered with 410 Gone, DESIGN §3). */
export function tombstonePage(model: TombstonePageModel): string {
  const m = model.record.material;
  const body = html`
<article>
<div class="tombstone"><strong>Withdrawn.</strong> This material was withdrawn from the catalog on ${model.withdrawnAt.slice(0, 10)}: ${model.reason}.
Its identifier stays resolvable; below is its last known description.</div>
<h1>${m.name}</h1>
<p>${m.description}</p>
<p>Identifier: <a href="${model.iri}">${model.iri}</a><br>Last known landing page: ${m.url}</p>
</article>`;
  return layout({ title: `Withdrawn: ${m.name} — ${model.catalogTitle}`, catalogTitle: model.catalogTitle, body });
}
