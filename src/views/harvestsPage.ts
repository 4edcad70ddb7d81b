import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import type { SourceStatus } from '../journal/sourceStatuses.js';
import { html, type SafeHtml } from './html.js';
import { layout } from './layout.js';

export interface HarvestsPageModel {
  catalogTitle: string;
  sources: readonly SourceStatus[];
  runs: readonly HarvestRunReport[];
  /** Link to the next (older) page of runs. */
  next?: string;
  /** The source the runs are filtered to. */
  sourceId?: string;
}

/** `/harvests` as HTML: each source's health and last run, then the runs newest first. */
export function harvestsPage(model: HarvestsPageModel): string {
  const body = html`
<h1>Harvests</h1>
<h2>Sources</h2>
<table class="runs">
<thead><tr><th>source</th><th>kind</th><th>health</th><th>records</th><th>last run</th><th>last success</th><th>failures in a row</th><th>schedule</th></tr></thead>
<tbody>
${model.sources.map((s) => html`<tr class="health-${s.health}"><td><a href="/harvests?source=${encodeURIComponent(s.id)}">${s.id}</a></td><td>${s.kind}</td>
<td>${s.health}${s.lock ? html` (running)` : ''}</td><td>${s.records}</td>
<td>${s.lastRun ? html`<a href="/harvests/${encodeURIComponent(s.lastRun.runId)}">${s.lastRun.finishedAt.slice(0, 19).replace('T', ' ')}</a> ${s.lastRun.status}` : '—'}</td>
<td>${s.lastSuccess ? s.lastSuccess.finishedAt.slice(0, 19).replace('T', ' ') : '—'}</td><td>${s.consecutiveFailures}</td><td>${s.schedule ?? 'on demand'}</td></tr>`)}
</tbody>
</table>
<h2>Runs${model.sourceId ? html` of ${model.sourceId}` : ''}</h2>
${runsTable(model.runs)}
${model.next ? html`<p><a rel="next" href="${model.next}">Older runs</a></p>` : ''}`;
  return layout({ title: `Harvests — ${model.catalogTitle}`, catalogTitle: model.catalogTitle, body, head: html`<link rel="alternate" type="application/ld+json" href="?format=jsonld">` });
}

function runsTable(runs: readonly HarvestRunReport[]): SafeHtml {
  if (runs.length === 0) return html`<p class="muted">No runs yet.</p>`;
  return html`<table class="runs">
<thead><tr><th>run</th><th>source</th><th>status</th><th>read</th><th>new</th><th>updated</th><th>unchanged</th><th>missing</th><th>withdrawn</th><th>invalid</th><th>errors</th><th>duration</th></tr></thead>
<tbody>
${runs.map((r) => html`<tr class="status-${r.status}"><td><a href="/harvests/${encodeURIComponent(r.runId)}">${r.startedAt.slice(0, 19).replace('T', ' ')}</a></td><td>${r.sourceId}</td><td>${r.status}</td>
<td>${r.counts.read}</td><td>${r.counts.new}</td><td>${r.counts.updated}</td><td>${r.counts.unchanged}</td><td>${r.counts.missing}</td><td>${r.counts.withdrawn}</td><td>${r.counts.invalid}</td><td>${r.counts.errors}</td><td>${(r.durationMs / 1000).toFixed(1)} s</td></tr>`)}
</tbody>
</table>`;
}
