import type { BenchResults } from '../../bench/report/BenchResults.js';
import type { LoadResult } from '../../bench/load/loadTest.js';
import type { Summary } from '../../bench/stats/summarise.js';

/** A summary whose every statistic is `ms` (a series of equal samples). */
export function flat(ms: number, count = 10): Summary {
  return { count, min: ms, median: ms, p95: ms, p99: ms, max: ms, mean: ms };
}

function load(requestsPerSecond: number, latencyMs: number): LoadResult {
  return { requestsPerSecond, latencyMs: flat(latencyMs, 1000), requests: 1000, non2xx: 0, errors: 0, durationSeconds: 10, connections: 50, bytesPerResponse: 3000 };
}

/** A benchmark run that meets every target, for tests to spoil one figure at a time. */
export function passingResults(): Omit<BenchResults, 'targets'> {
  const pass = { ms: 10_000, materialsPerSecond: 10_000, perSourceMsPer1000: flat(100), counts: { read: 100_000, new: 100_000, updated: 0, unchanged: 0, missing: 0, withdrawn: 0, invalid: 0, errors: 0 }, statuses: { applied: 40 }, versionsWritten: 100_000, catalogVersionBefore: 0, catalogVersionAfter: 40 };
  const query = (id: string, virtuosoReferenceMs: number) => ({
    id, label: id, virtuosoReferenceMs, faircatVaried: flat(1), faircatRepeated: flat(0.5), rawOxigraph: flat(1), bareRoundTrip: flat(1), budgetMs: 3,
    responseBytes: 100, faircatDigest: { rows: 3, digest: 'abc' }, rawDigest: { rows: 3, digest: 'abc' }, errors: { count: 0 },
    comunica: { comunica: flat(50), oxigraph: flat(1), comunicaDigest: { rows: 2, digest: 'd' }, oxigraphDigest: { rows: 2, digest: 'd' } },
  });
  return {
    startedAt: '2024-01-01T00:00:00.000Z', finishedAt: '2024-01-01T00:10:00.000Z', durationSeconds: 600,
    options: { size: 100_000, quick: false, seed: 1, loadSeconds: 10, connections: 50, iterations: 20, comunicaIterations: 3, comunicaSize: 10_000, startupRuns: 2, profile: false, dumps: false, keep: false, outDir: 'bench/results' },
    machine: { cores: 2, cpuModel: 'test', totalMemoryBytes: 8 * 1024 ** 3, freeMemoryBytes: 4 * 1024 ** 3, loadAverage: [0.5, 0.5, 0.5], node: 'v20', platform: 'linux x64', commit: 'abc' },
    loadAverageAtEnd: [0.5, 0.5, 0.5],
    catalog: { materials: 100_000, seed: 1, generateMs: 1000, lessonListBytes: 1024 ** 2, providers: 40, sources: 40, skills: 300 },
    harvest: { materials: 100_000, full: pass, unchanged: { ...pass, versionsWritten: 0, catalogVersionBefore: 40, catalogVersionAfter: 40 }, harvesterOnly: { ms: 1000, materialsPerSecond: 100_000, perSourceMsPer1000: flat(10) }, journalBytes: 1024 ** 3, dumpMs: 20_000 },
    startup: {
      server: { readyMs: 2_000, sparqlReadyMs: 10_000, rssBytes: 2 * 1024 ** 3, peakRssBytes: 2.2 * 1024 ** 3 }, serve: [], readyMs: flat(2_000, 1), sparqlReadyMs: flat(10_000, 1), rssBytes: 2 * 1024 ** 3,
      bareExpress: { readyMs: flat(300, 3), rssBytes: 60 * 1024 ** 2 }, rawOxigraphLoadMs: 8000, perWorkerRssBytes: 0.8 * 1024 ** 3,
    },
    http: {
      connections: 50, durationSeconds: 10,
      endpoints: [
        { id: 'record-jsonld', label: 'record', examplePath: '/materials/x', responseBytes: 3000, faircat: load(6000, 5), baseline: load(8000, 4), throughputRatio: 0.75 },
        { id: 'feed-page-100', label: 'feed', examplePath: '/materials?limit=100', responseBytes: 400_000, faircat: load(300, 20), baseline: load(500, 10), throughputRatio: 0.6 },
        { id: 'sparql-lookup', label: 'sparql', examplePath: '/sparql?query=…', responseBytes: 5000, faircat: load(3000, 10), baseline: load(8000, 4), throughputRatio: 0.375 },
      ],
    },
    sparql: {
      materials: 100_000, iterations: 20, quads: 4_000_000, rawLoadMs: 8000, rawRssBytes: 0.8 * 1024 ** 3,
      queries: [query('record-lookup', 3.8), query('skill-path', 8.8)],
      comunica: { materials: 10_000, iterations: 3, quads: 400_000, loadMs: 5000, oxigraphLoadMs: 800 },
    },
  };
}
