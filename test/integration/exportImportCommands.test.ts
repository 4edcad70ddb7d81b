import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import { jsonLdToQuads } from '../helpers/jsonLdToQuads.js';
import { parseRdf, sameGraph } from '../helpers/rdf.js';
import { startCatalog, TEST_BASE_URL, TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';

const CLI = 'dist/src/cli/main.js';

/** Runs the CLI in a child process without blocking this one (which serves the catalog the CLI may read from). */
function faircat(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('faircat export and faircat import', () => {
  let root: string;
  let a: RunningCatalog;
  const envOfA = (): Record<string, string> => ({ FAIRCAT_CONFIG: 'examples/demo.config.yaml', FAIRCAT_DATA_DIR: a.dataDir, FAIRCAT_BASE_URL: TEST_BASE_URL, FAIRCAT_PID_BASE: TEST_PID_BASE });

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'faircat-cli-'));
    a = await startCatalog();
  });
  after(async () => {
    await a.stop({ removeData: true });
    rmSync(root, { recursive: true, force: true });
  });

  test('exports the same dataset as N-Quads, Turtle (its triples) and JSON-LD', async () => {
    const nq = await faircat(['export', '--format', 'nq'], envOfA());
    assert.equal(nq.status, 0, nq.stderr);
    const quads = parseRdf(nq.stdout, { format: 'N-Quads' });
    assert.equal(new Set(quads.map((q) => q.graph.value)).size, a.catalog.journal.countActive() + 2);
    const ttl = await faircat(['export', '--format', 'ttl'], envOfA());
    assert.equal(ttl.status, 0, ttl.stderr);
    assert.ok(sameGraph(parseRdf(ttl.stdout), quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object))));
    const file = join(root, 'catalog.jsonld');
    const jsonld = await faircat(['export', '--format', 'jsonld', '--output', file], envOfA());
    assert.equal(jsonld.status, 0, jsonld.stderr);
    assert.ok(sameGraph(await jsonLdToQuads(JSON.parse(readFileSync(file, 'utf8'))), quads));
  });

  test('refuses an unknown export format with exit code 2', async () => {
    assert.equal((await faircat(['export', '--format', 'xml'], envOfA())).status, 2);
  });

  for (const from of ['a JSON-LD dump file', 'a feed URL']) {
    test(`imports every material of another FAIRCat from ${from}, linked to the origin records`, async () => {
      const dataDir = join(root, from.replace(/\W+/g, '-'));
      const config = join(root, 'b.config.yaml');
      writeFileSync(config, 'providers:\n  - id: faircat-a\n    name: FAIRCat A\n');
      let location = `${a.url}materials?limit=13`;
      if (from.includes('dump')) {
        location = join(root, 'catalog.jsonld.gz');
        writeFileSync(location, Buffer.from(await (await fetch(`${a.url}dumps/catalog.jsonld.gz`)).arrayBuffer()));
      }
      const result = await faircat(['import', location, '--provider', 'faircat-a'], { FAIRCAT_CONFIG: config, FAIRCAT_DATA_DIR: dataDir, FAIRCAT_PID_BASE: 'https://w3id.org/faircat-b/' });
      assert.equal(result.status, 0, result.stdout + result.stderr);
      const dumped = JSON.parse(readFileSync(join(dataDir, 'dumps', 'catalog.dump.json'), 'utf8')) as { records: number };
      assert.equal(dumped.records, a.catalog.journal.countActive(), 'the applied run regenerated the dumps before the command ended');
      const b = await startCatalog({ dataDir, harvest: false, configPath: config, configure: (raw) => {
        raw.server = { ...(raw.server as object), pidBase: 'https://w3id.org/faircat-b/' };
      } });
      try {
        const origins = b.catalog.journal.listActive({ limit: 10_000 }).map((r) => r.record.material.sameAs.find((iri) => iri.startsWith(TEST_PID_BASE))).sort();
        assert.deepEqual(origins, a.catalog.journal.listActive({ limit: 10_000 }).map((r) => `${TEST_PID_BASE}materials/${r.id}`).sort());
        assert.ok(b.catalog.journal.listActive({ limit: 10_000 }).every((r) => r.record.provider === 'faircat-a'));
      } finally {
        await b.stop({ removeData: true });
      }
    });
  }
});
