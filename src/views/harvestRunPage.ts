import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import { html, jsonForScript } from './html.js';
import { layout } from './layout.js';

export interface HarvestRunPageModel {
  catalogTitle: string;
  report: HarvestRunReport;
  /** The run as JSON-LD, embedded for machines. */
  jsonld: unknown;
}

/** `/harvests/{run}` as HTML: outcome, counts, timing and every per-item problem with its source location. */
export function harvestRunPage(model: HarvestRunPageModel): string {
  const r = model.report;
  const omitted = Object.entries(r.omittedProblems ?? {}).map(([severity, n]) => `${n} ${severity}${n === 1 ? '' : 's'}`).join(', ');
  const body = html`
<h1>Harvest of ${r.sourceId}: ${r.status}</h1>
${r.reason ? html`<p class="${r.status === 'applied' ? 'muted' : 'tombstone'}">${r.reason}</p>` : ''}
<dl class="fields">
<dt>Run</dt><dd>${r.runId}</dd>
<dt>Source</dt><dd><a href="/harvests?source=${encodeURIComponent(r.sourceId)}">${r.sourceId}</a> (${r.sourceKind})</dd>
<dt>Started</dt><dd>${r.startedAt}</dd>
<dt>Finished</dt><dd>${r.status === 'running' ? 'still running' : r.finishedAt}</dd>
<dt>Duration</dt><dd>${(r.durationMs / 1000).toFixed(2)} s</dd>
${r.forced ? html`<dt>Forced</dt><dd>applied with --force although the guards called it suspicious</dd>` : ''}
<dt>Read</dt><dd>${r.counts.read}</dd>
<dt>New</dt><dd>${r.counts.new}</dd>
<dt>Updated</dt><dd>${r.counts.updated}</dd>
<dt>Unchanged</dt><dd>${r.counts.unchanged}</dd>
<dt>Missing (kept for now)</dt><dd>${r.counts.missing}</dd>
<dt>Withdrawn</dt><dd>${r.counts.withdrawn}</dd>
<dt>Invalid (kept out)</dt><dd>${r.counts.invalid}</dd>
<dt>Errors</dt><dd>${r.counts.errors}</dd>
${r.http ? html`<dt>HTTP</dt><dd>${r.http.requests} requests, ${r.http.notModified} not modified, ${r.http.retries} retries, ${r.http.robotsDisallowed} disallowed by robots.txt</dd>` : ''}
</dl>
<h2>Problems</h2>
${r.problems.length === 0 ? html`<p class="muted">None.</p>` : html`<table class="runs">
<thead><tr><th>severity</th><th>where</th><th>what</th></tr></thead>
<tbody>
${r.problems.map((p) => html`<tr class="problem-${p.severity}"><td>${p.severity}</td><td><code>${p.location}${p.line === undefined ? '' : `:${p.line}`}</code></td><td>${p.message}</td></tr>`)}
</tbody>
</table>`}
${omitted ? html`<p class="muted">Not listed: ${omitted}.</p>` : ''}`;
  return layout({
    title: `Harvest ${r.runId} — ${model.catalogTitle}`,
    catalogTitle: model.catalogTitle,
    body,
    head: html`<script type="application/ld+json">${jsonForScript(model.jsonld)}</script>`,
  });
}
