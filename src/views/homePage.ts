import type { CatalogRecord } from '../model/CatalogRecord.js';
import { html } from './html.js';
import { layout } from './layout.js';

export interface HomePageModel {
  catalogTitle: string;
  query: string;
  total: number;
  results: readonly { href: string; record: CatalogRecord; providerName: string }[];
}

/** The search page: a full-text box and the matching materials (DESIGN §4 `GET /`). */
export function homePage(model: HomePageModel): string {
  const body = html`
<h1>Training materials for research software engineering and HPC</h1>
<form class="search" action="/" method="get" role="search">
  <input type="search" name="q" value="${model.query}" placeholder="Search lessons, e.g. shell, git, GPU" aria-label="Search materials">
  <button type="submit">Search</button>
</form>
<p class="muted" id="result-count">${model.total} material${model.total === 1 ? '' : 's'}${model.query ? html` matching “${model.query}”` : ''}</p>
<ol class="results">
${model.results.map(({ href, record, providerName }) => html`<li>
  <h2><a href="${href}">${record.material.name}</a></h2>
  <div class="muted">${providerName}${record.material.creativeWorkStatus ? html` · ${record.material.creativeWorkStatus}` : ''}${record.material.inLanguage ? html` · ${record.material.inLanguage}` : ''}</div>
  <p>${truncate(record.material.description, 300)}</p>
  <div class="tags">${record.material.keywords.slice(0, 8).map((k) => html`<span>${k}</span>`)}</div>
</li>`)}
</ol>`;
  return layout({ title: model.query ? `${model.query} — ${model.catalogTitle}` : model.catalogTitle, catalogTitle: model.catalogTitle, body });
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
