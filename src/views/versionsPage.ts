import { html } from './html.js';
import { layout } from './layout.js';

export interface VersionsPageModel {
  catalogTitle: string;
  name: string;
  recordHref: string;
  /** Why the record is no longer current, when it is not (withdrawn, merged). */
  status?: string;
  versions: readonly { number: number; href: string; created: string; name: string; sourceId?: string; runHref?: string }[];
}

/** The version history of a record: every change a harvest made, with its date and source. */
export function versionsPage(model: VersionsPageModel): string {
  const body = html`
<article>
<h1>Versions of ${model.name}</h1>
<p><a href="${model.recordHref}">The record</a>${model.status ? html` (${model.status})` : ''} has ${model.versions.length} version${model.versions.length === 1 ? '' : 's'}.</p>
<table class="versions"><thead><tr><th>Version</th><th>Recorded</th><th>Title</th><th>Source</th></tr></thead><tbody>
${model.versions.map((v) => html`<tr><td><a href="${v.href}">${v.number}</a></td><td><time datetime="${v.created}">${v.created.replace('T', ' ').slice(0, 19)}</time></td><td>${v.name}</td><td>${v.sourceId ?? '—'}</td></tr>`)}
</tbody></table>
</article>`;
  return layout({ title: `Versions of ${model.name} — ${model.catalogTitle}`, catalogTitle: model.catalogTitle, body });
}
