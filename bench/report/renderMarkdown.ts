import type { Summary } from '../stats/summarise.js';
import type { BenchResults } from './BenchResults.js';

const MB = 1024 ** 2;

/**
 * Renders a run as `bench/results/latest.md`: the conditions (machine, cores, load, size), the targets with met or
 * missed, then a table per section with each FAIRCat figure next to its baseline and their ratio. Pure.
 */
export function renderMarkdown(results: BenchResults): string {
  const { options, machine, harvest, startup, http, sparql } = results;
  const out: string[] = [];
  const table = (header: string[], rows: (string | number)[][]): void => {
    out.push(`| ${header.join(' | ')} |`, `|${header.map((_h, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const row of rows) out.push(`| ${row.join(' | ')} |`);
    out.push('');
  };
  const met = results.targets.filter((t) => t.met).length;

  out.push(`# FAIRCat benchmark results`, '');
  out.push(`${options.size.toLocaleString('en')} synthetic materials (seed ${options.seed})${options.quick ? ', **quick run** (shorter load tests, fewer iterations)' : ''}${options.size !== 100_000 ? ' — the targets are set for 100,000 materials' : ''}.`);
  out.push(`Run ${results.startedAt} → ${results.finishedAt} (${(results.durationSeconds / 60).toFixed(1)} min), commit \`${machine.commit}\`.`);
  out.push(`Machine: ${machine.cores} cores (${machine.cpuModel}), ${(machine.totalMemoryBytes / 1024 ** 3).toFixed(0)} GB RAM, Node ${machine.node}, ${machine.platform}; load average ${machine.loadAverage.join(' / ')} at the start and ${results.loadAverageAtEnd.join(' / ')} at the end (1/5/15 min: other work on the machine competes with the benchmark).`, '');
  out.push(`Latencies are milliseconds; "ratio" is FAIRCat ÷ baseline. Regenerate with \`npm run bench\` (see docs/performance.md).`, '');

  out.push(`## Targets: ${met} of ${results.targets.length} met`, '');
  table(['section', 'target', 'measured', 'met'], results.targets.map((t) => [t.section, t.target, t.measured, t.met ? 'yes' : '**no**']));

  out.push('## 1. Harvest pipeline', '');
  out.push(`${harvest.materials.toLocaleString('en')} materials in ${results.catalog.sources} sources (one per provider), read from ${(results.catalog.lessonListBytes / MB).toFixed(0)} MB of NDJSON lesson lists; journal ${(harvest.journalBytes / MB).toFixed(0)} MB. Baseline: the \`synthetic\` harvester alone (read, parse, map), without normalisation, validation or journal.`, '');
  table(['measure', 'FAIRCat', 'baseline', 'ratio'], [
    ['full harvest, materials/s', fixed(harvest.full.materialsPerSecond, 0), fixed(harvest.harvesterOnly.materialsPerSecond, 0), ratio(harvest.full.materialsPerSecond, harvest.harvesterOnly.materialsPerSecond)],
    ['unchanged re-harvest, materials/s', fixed(harvest.unchanged.materialsPerSecond, 0), fixed(harvest.harvesterOnly.materialsPerSecond, 0), ratio(harvest.unchanged.materialsPerSecond, harvest.harvesterOnly.materialsPerSecond)],
  ]);
  table(['per source run, ms per 1,000 materials', 'min', 'median', 'p95', 'p99'], [
    ['full harvest', ...stats(harvest.full.perSourceMsPer1000)],
    ['unchanged re-harvest', ...stats(harvest.unchanged.perSourceMsPer1000)],
    ['baseline (harvester alone)', ...stats(harvest.harvesterOnly.perSourceMsPer1000)],
  ]);
  out.push(`Full harvest: ${counts(harvest.full.counts)}; ${harvest.full.versionsWritten.toLocaleString('en')} versions written. Unchanged re-harvest: ${counts(harvest.unchanged.counts)}; ${harvest.unchanged.versionsWritten} versions written, catalog version ${harvest.unchanged.catalogVersionBefore} → ${harvest.unchanged.catalogVersionAfter}.`, '');
  const dumps = harvest.dumpMs === undefined ? 'was not timed in this run (`--dumps`)' : `took ${fixed(harvest.dumpMs / 1000, 1)} s`;
  out.push(`Not in the passes above: one regeneration of the full dumps (N-Quads and JSON-LD, gzipped) ${dumps}. \`faircat harvest\` regenerates them after every applied source run (${results.catalog.sources} times in a full harvest of this catalog), and waits for each.`, '');

  out.push('## 2. Start-up and memory', '');
  out.push(`The catalog server on the harvested journal (\`faircat serve\`'s wiring: journal → listening, records and feeds served from the journal → graph index loaded in two Oxigraph workers in the background; plus the skill tree): spawn to the first \`200\` from \`/readyz\` (ready), and to the first SPARQL answer that sees the whole catalog (SPARQL ready); ${startup.serve.length > 0 ? `plus ${startup.serve.length} start(s) of the real \`faircat serve\`; ` : ''}baselines: a bare Express app started the same way, and Oxigraph's own bulk load of the same ${sparql.quads.toLocaleString('en')} quads in process.`, '');
  table(['measure', 'FAIRCat', 'baseline', 'ratio'], [
    ['start-up to ready, ms', fixed(startup.server.readyMs, 0), `${fixed(startup.bareExpress.readyMs.median, 0)} (bare Express)`, ratio(startup.server.readyMs, startup.bareExpress.readyMs.median)],
    ['start-up to SPARQL ready, ms', fixed(startup.server.sparqlReadyMs, 0), `${fixed(startup.bareExpress.readyMs.median, 0)} (bare Express)`, ratio(startup.server.sparqlReadyMs, startup.bareExpress.readyMs.median)],
    ['start-up to SPARQL ready vs the engine\'s own load, ms', fixed(startup.server.sparqlReadyMs, 0), startup.rawOxigraphLoadMs === undefined ? 'n/a' : `${fixed(startup.rawOxigraphLoadMs, 0)} (raw Oxigraph load)`, startup.rawOxigraphLoadMs === undefined ? 'n/a' : ratio(startup.server.sparqlReadyMs, startup.rawOxigraphLoadMs)],
    ...startup.serve.map((run, i) => [`\`faircat serve\` start ${i + 1} to ready / to SPARQL ready, ms`, `${fixed(run.readyMs, 0)} / ${fixed(run.sparqlReadyMs, 0)}`, '', '']),
    ['RSS after start-up, whole service, MB', fixed(startup.rssBytes / MB, 0), `${fixed(startup.bareExpress.rssBytes / MB, 0)} (bare Express)`, ratio(startup.rssBytes, startup.bareExpress.rssBytes)],
    ['peak RSS during start-up, MB', fixed(startup.server.peakRssBytes / MB, 0), '', ''],
    ['one Oxigraph store with these quads (what each worker holds at least), MB', fixed((startup.perWorkerRssBytes ?? Number.NaN) / MB, 0), '', ''],
  ]);
  table(['all starts, ms', 'min', 'median', 'p95', 'p99'], [
    [`to ready, ${startup.readyMs.count} start(s)`, ...stats(startup.readyMs)],
    [`to SPARQL ready, ${startup.sparqlReadyMs.count} start(s)`, ...stats(startup.sparqlReadyMs)],
  ]);

  out.push('## 3. HTTP under load', '');
  out.push(`autocannon on loopback, ${http.connections} connections, ${http.durationSeconds} s per endpoint, keep-alive, requests walking through every record in a shuffled order (each asked for at most a few times, so the response cache cannot answer them). Baseline: a bare Express app (\`express.static\`) serving a static JSON file of the same size, in the same run.`, '');
  table(['endpoint', 'bytes', 'FAIRCat req/s', 'baseline req/s', 'ratio', 'FAIRCat min / p50 / p95 / p99', 'baseline min / p50 / p95 / p99', 'non-2xx'], http.endpoints.map((e) => [
    e.label, e.responseBytes, fixed(e.faircat.requestsPerSecond, 0), fixed(e.baseline.requestsPerSecond, 0), ratio(e.faircat.requestsPerSecond, e.baseline.requestsPerSecond),
    stats(e.faircat.latencyMs).join(' / '), stats(e.baseline.latencyMs).join(' / '), e.faircat.non2xx + e.faircat.errors,
  ]));

  out.push('## 4. SPARQL query mix', '');
  out.push(`${sparql.materials.toLocaleString('en')} materials, ${sparql.quads.toLocaleString('en')} quads, ${sparql.iterations} runs of each query per engine, one at a time. "new" varies the query's parameter every run (no cache can answer it); "repeated" sends the same text every run. Budget = 1.5 × (raw Oxigraph + bare round trip). Virtuoso: the issue's figures for Virtuoso 7 at 100k over HTTP on this machine (a reference, not measured here).`, '');
  table(['query', 'FAIRCat new p50 / p95 / p99', 'FAIRCat repeated p50', 'raw Oxigraph p50', 'bare round trip p50', 'budget', 'ratio to raw + bare', 'Virtuoso', 'rows', 'same results'], sparql.queries.map((q) => [
    q.label, [q.faircatVaried.median, q.faircatVaried.p95, q.faircatVaried.p99].map((v) => fixed(v, 1)).join(' / '), fixed(q.faircatRepeated.median, 1), fixed(q.rawOxigraph.median, 2),
    fixed(q.bareRoundTrip.median, 2), fixed(q.budgetMs, 1), ratio(q.faircatVaried.median, q.rawOxigraph.median + q.bareRoundTrip.median), q.virtuosoReferenceMs,
    q.faircatDigest.rows, q.errors.count === 0 && q.faircatDigest.digest === q.rawDigest.digest ? 'yes' : `**no** (${q.errors.first ?? `${q.rawDigest.rows} rows raw`})`,
  ]));
  if (sparql.comunica) {
    const c = sparql.comunica;
    out.push(`Comunica (\`@comunica/query-sparql-rdfjs\`) over an n3 \`Store\`, the alternative design, on the first ${c.materials.toLocaleString('en')} materials (${c.quads.toLocaleString('en')} quads; loaded in ${fixed(c.loadMs / 1000, 1)} s, Oxigraph in ${fixed(c.oxigraphLoadMs / 1000, 1)} s), ${c.iterations} runs each, in process:`, '');
    table(['query', 'Comunica p50 / p95', 'Oxigraph p50 / p95', 'ratio', 'rows', 'same results'], sparql.queries.filter((q) => q.comunica).map((q) => [
      q.label, `${fixed(q.comunica!.comunica.median, 1)} / ${fixed(q.comunica!.comunica.p95, 1)}`, `${fixed(q.comunica!.oxigraph.median, 2)} / ${fixed(q.comunica!.oxigraph.p95, 2)}`,
      ratio(q.comunica!.comunica.median, q.comunica!.oxigraph.median), q.comunica!.comunicaDigest.rows, q.comunica!.comunicaDigest.digest === q.comunica!.oxigraphDigest.digest ? 'yes' : `**no** (${q.comunica!.oxigraphDigest.rows} rows Oxigraph)`,
    ]));
  }
  return `${out.join('\n')}\n`;
}

function stats(summary: Summary): string[] {
  return [summary.min, summary.median, summary.p95, summary.p99].map((value) => fixed(value, value < 10 ? 2 : value < 100 ? 1 : 0));
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function ratio(faircat: number, baseline: number): string {
  return baseline > 0 && Number.isFinite(faircat) ? `${(faircat / baseline).toFixed(2)}×` : 'n/a';
}

function counts(c: BenchResults['harvest']['full']['counts']): string {
  return `${c.read} read, ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.invalid} invalid, ${c.errors} errors`;
}
