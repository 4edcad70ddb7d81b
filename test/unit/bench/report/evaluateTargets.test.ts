import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateTargets } from '../../../../bench/report/evaluateTargets.js';
import { flat, passingResults } from '../../../helpers/benchResults.js';

type Results = ReturnType<typeof passingResults>;

const missed = (results: Results): string[] => evaluateTargets(results).filter((t) => !t.met).map((t) => t.target);

describe('evaluateTargets', () => {
  it('meets every target of a run that meets them, and lists each of them', () => {
    const verdicts = evaluateTargets(passingResults());
    assert.deepEqual(verdicts.filter((t) => !t.met), []);
    assert.equal(verdicts.length, 9 + 2 * 4);
  });

  for (const [spoil, target] of [
    [(r: Results) => { r.harvest.full.materialsPerSecond = 1999; }, 'harvest ≥ 2,000 materials/s'],
    [(r: Results) => { r.harvest.unchanged.versionsWritten = 1; }, 'unchanged re-harvest writes no version'],
    [(r: Results) => { r.harvest.unchanged.catalogVersionAfter = 41; }, 'unchanged re-harvest writes no version'],
    [(r: Results) => { r.startup.server.readyMs = 20_000; }, 'start-up to ready (records, feeds, search served) < 20 s'],
    [(r: Results) => { r.startup.server.sparqlReadyMs = 20_000; }, 'start-up to SPARQL answering (graph index loaded) < 20 s'],
    [(r: Results) => { r.startup.perWorkerRssBytes = 1024 ** 3; }, 'RSS < 1 GB per graph worker'],
    [(r: Results) => { r.startup.rssBytes = 2.5 * 1024 ** 3; }, 'RSS < 2.5 GB for the service with two workers'],
    [(r: Results) => { r.http.endpoints[0]!.throughputRatio = 0.49; }, 'record lookup throughput ≥ 50 % of the bare-Express static file'],
    [(r: Results) => { r.http.endpoints[0]!.faircat.latencyMs = flat(20); }, 'record lookup p99 < 20 ms'],
    [(r: Results) => { r.http.endpoints[1]!.faircat.latencyMs = flat(30); }, 'feed page of 100 p50 < 30 ms'],
    [(r: Results) => { r.sparql.queries[0]!.faircatVaried = flat(3.1); }, 'record-lookup: within 1.5 × (raw Oxigraph + bare round trip)'],
    [(r: Results) => { r.sparql.queries[1]!.faircatRepeated = flat(8.8); }, 'skill-path: faster than Virtuoso (8.8 ms), repeated included'],
    [(r: Results) => { r.sparql.queries[1]!.rawDigest = { rows: 4, digest: 'other' }; }, 'skill-path: FAIRCat and raw Oxigraph give the same results'],
    [(r: Results) => { r.sparql.queries[0]!.errors = { count: 1, first: '503' }; }, 'record-lookup: FAIRCat and raw Oxigraph give the same results'],
    [(r: Results) => { r.sparql.queries[0]!.comunica!.comunicaDigest = { rows: 3, digest: 'x' }; }, 'record-lookup: Comunica and Oxigraph give the same results (subset)'],
  ] as const) {
    it(`misses only "${target}" when its figure is just past the line`, () => {
      const results = passingResults();
      spoil(results);
      assert.deepEqual(missed(results), [target]);
    });
  }
});
