import type { BenchResults, TargetVerdict } from './BenchResults.js';

const GB = 1024 ** 3;

/**
 * Checks a run against the targets of the benchmark issue (set for 100,000 materials on this 2-core machine): every
 * target is listed with what was measured and whether it was met, never left out. Pure.
 */
export function evaluateTargets(results: Omit<BenchResults, 'targets'>): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const add = (section: TargetVerdict['section'], target: string, measured: string, met: boolean): void => {
    verdicts.push({ section, target, measured, met });
  };
  const { harvest, startup, http, sparql } = results;

  add('harvest', 'harvest ≥ 2,000 materials/s', `${harvest.full.materialsPerSecond.toFixed(0)} materials/s`, harvest.full.materialsPerSecond >= 2000);
  add(
    'harvest', 'unchanged re-harvest writes no version',
    `${harvest.unchanged.versionsWritten} versions, catalog version ${harvest.unchanged.catalogVersionBefore} → ${harvest.unchanged.catalogVersionAfter}`,
    harvest.unchanged.versionsWritten === 0 && harvest.unchanged.catalogVersionBefore === harvest.unchanged.catalogVersionAfter,
  );

  add('startup', 'start-up to ready (records, feeds, search served) < 20 s', `${(startup.server.readyMs / 1000).toFixed(1)} s`, startup.server.readyMs < 20_000);
  add('startup', 'start-up to SPARQL answering (graph index loaded) < 20 s', `${(startup.server.sparqlReadyMs / 1000).toFixed(1)} s`, startup.server.sparqlReadyMs < 20_000);
  const perWorker = startup.perWorkerRssBytes ?? Number.NaN;
  add('startup', 'RSS < 1 GB per graph worker', `${gb(perWorker)} per Oxigraph store with the catalog's quads`, perWorker < GB);
  add('startup', 'RSS < 2.5 GB for the service with two workers', gb(startup.rssBytes), startup.rssBytes < 2.5 * GB);

  const record = http.endpoints.find((e) => e.id === 'record-jsonld');
  if (record) {
    add('http', 'record lookup throughput ≥ 50 % of the bare-Express static file', `${(record.throughputRatio * 100).toFixed(0)} % (${record.faircat.requestsPerSecond.toFixed(0)} vs ${record.baseline.requestsPerSecond.toFixed(0)} req/s)`, record.throughputRatio >= 0.5);
    add('http', 'record lookup p99 < 20 ms', `${record.faircat.latencyMs.p99.toFixed(1)} ms (baseline ${record.baseline.latencyMs.p99.toFixed(1)} ms)`, record.faircat.latencyMs.p99 < 20);
  }
  const feed = http.endpoints.find((e) => e.id === 'feed-page-100');
  if (feed) add('http', 'feed page of 100 p50 < 30 ms', `${feed.faircat.latencyMs.median.toFixed(1)} ms (baseline ${feed.baseline.latencyMs.median.toFixed(1)} ms)`, feed.faircat.latencyMs.median < 30);

  for (const query of sparql.queries) {
    add('sparql', `${query.label}: within 1.5 × (raw Oxigraph + bare round trip)`, `${query.faircatVaried.median.toFixed(1)} ms vs ${query.budgetMs.toFixed(1)} ms`, query.faircatVaried.median <= query.budgetMs);
    const slowest = Math.max(query.faircatVaried.median, query.faircatRepeated.median);
    add('sparql', `${query.label}: faster than Virtuoso (${query.virtuosoReferenceMs} ms), repeated included`, `${query.faircatVaried.median.toFixed(1)} ms new, ${query.faircatRepeated.median.toFixed(1)} ms repeated`, slowest < query.virtuosoReferenceMs);
    add('correctness', `${query.label}: FAIRCat and raw Oxigraph give the same results`, `${query.faircatDigest.rows} vs ${query.rawDigest.rows} rows`, query.errors.count === 0 && query.faircatDigest.digest === query.rawDigest.digest);
    if (query.comunica) {
      add('correctness', `${query.label}: Comunica and Oxigraph give the same results (subset)`, `${query.comunica.comunicaDigest.rows} vs ${query.comunica.oxigraphDigest.rows} rows`, query.comunica.comunicaDigest.digest === query.comunica.oxigraphDigest.digest);
    }
  }
  return verdicts;
}

function gb(bytes: number): string {
  return `${(bytes / GB).toFixed(2)} GB`;
}
