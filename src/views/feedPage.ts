import type { CatalogRecord } from '../model/CatalogRecord.js';
import { html } from './html.js';
import { layout } from './layout.js';

export interface FeedPageModel {
  catalogTitle: string;
  totalItems: number;
  /** The filters as given, shown above the list. */
  filters: readonly [string, string][];
  items: readonly { href: string; record: CatalogRecord; providerName: string }[];
  first: string;
  next?: string;
  previous?: string;
  /** Links to this page in the machine-readable formats. */
  alternates: readonly { href: string; type: string; label: string }[];
}

/** The feed for a browser (DESIGN §4 `/materials`, HTML by negotiation): one page of materials with paging links. */
export function feedPage(model: FeedPageModel): string {
  const body = html`
<h1>Materials feed</h1>
<p class="muted">${model.totalItems} material${model.totalItems === 1 ? '' : 's'}${model.filters.length > 0 ? html` matching ${model.filters.map(([name, value], i) => html`${i > 0 ? ', ' : ''}<code>${name}=${value}</code>`)}` : ''}.
Also as ${model.alternates.map((alternate, i) => html`${i > 0 ? ', ' : ''}<a href="${alternate.href}" type="${alternate.type}">${alternate.label}</a>`)}.</p>
<ol class="results">
${model.items.map(({ href, record, providerName }) => html`<li>
  <h2><a href="${href}">${record.material.name}</a></h2>
  <div class="muted">${providerName} · changed ${record.modified.slice(0, 10)}</div>
  <p>${record.material.description.length > 300 ? `${record.material.description.slice(0, 300)}…` : record.material.description}</p>
  <div class="tags">${record.material.keywords.slice(0, 8).map((k) => html`<span>${k}</span>`)}</div>
</li>`)}
</ol>
<nav class="pages"><a href="${model.first}" rel="first">First page</a>${model.previous ? html` · <a href="${model.previous}" rel="prev">Previous page</a>` : ''}${model.next ? html` · <a href="${model.next}" rel="next">Next page</a>` : ''}</nav>`;
  return layout({ title: `Materials feed — ${model.catalogTitle}`, catalogTitle: model.catalogTitle, body });
}
