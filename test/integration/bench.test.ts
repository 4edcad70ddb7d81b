import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchResults } from '../../bench/report/BenchResults.js';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'faircat-bench-test-'));

/** A figure that was measured: a finite, positive number. */
function measured(value: number, what: string): void {
  assert.ok(Number.isFinite(value) && value > 0, `${what}: ${value}`);
}

// The benchmark machinery at a tiny size, so that it cannot silently rot. Numbers are checked for being there, never
// against timing thresholds.
describe('npm run bench at 200 materials', () => {
  after(() => rmSync(out, { recursive: true, force: true }));

  it('runs every section and writes latest.json and latest.md with numbers in each', async () => {
    const args = ['dist/bench/run.js', '--quick', '--size', '200', '--load-seconds', '1', '--connections', '5', '--iterations', '2', '--out', out];
    await run(process.execPath, args, { timeout: 600_000, maxBuffer: 10 * 1024 * 1024 });
    const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as BenchResults;

    assert.equal(results.harvest.materials, 200);
    measured(results.harvest.full.materialsPerSecond, 'full harvest');
    measured(results.harvest.unchanged.materialsPerSecond, 'unchanged re-harvest');
    measured(results.harvest.harvesterOnly.materialsPerSecond, 'harvester alone');
    assert.equal(results.harvest.unchanged.counts.unchanged, 200);

    measured(results.startup.readyMs.median, 'start-up');
    measured(results.startup.rssBytes, 'RSS');
    measured(results.startup.bareExpress.readyMs.median, 'bare Express start-up');
    measured(results.startup.rawOxigraphLoadMs ?? Number.NaN, 'raw Oxigraph load');

    assert.deepEqual(results.http.endpoints.map((e) => e.id), ['record-jsonld', 'feed-page-100', 'sparql-lookup']);
    for (const endpoint of results.http.endpoints) {
      measured(endpoint.faircat.requestsPerSecond, `${endpoint.id} FAIRCat`);
      measured(endpoint.baseline.requestsPerSecond, `${endpoint.id} baseline`);
      measured(endpoint.faircat.latencyMs.p99, `${endpoint.id} p99`);
    }

    assert.equal(results.sparql.queries.length, 6);
    for (const query of results.sparql.queries) {
      assert.equal(query.faircatVaried.count, 2, query.id);
      measured(query.faircatVaried.median, `${query.id} FAIRCat`);
      measured(query.rawOxigraph.median, `${query.id} raw Oxigraph`);
      measured(query.bareRoundTrip.median, `${query.id} bare round trip`);
      measured(query.comunica?.comunica.median ?? Number.NaN, `${query.id} Comunica`);
    }
    assert.deepEqual(results.targets.filter((t) => t.section === 'correctness' && !t.met), [], 'every engine gives the same results');
    assert.ok(results.targets.length >= 16);
    assert.equal(results.machine.cores > 0, true);

    const markdown = readFileSync(join(out, 'latest.md'), 'utf8');
    for (const heading of ['## Targets', '## 1. Harvest pipeline', '## 2. Start-up and memory', '## 3. HTTP under load', '## 4. SPARQL query mix']) {
      assert.ok(markdown.includes(heading), heading);
    }
  });
});
