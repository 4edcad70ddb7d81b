import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

const run = promisify(execFile);
const KIT = resolve('test/w3c/run');
/** rdf-test-suite is installed here with npm on first use (gitignored), as test/w3c/README.md describes. */
const CACHE = resolve('.w3c-sparql-cache');
const KNOWN_FAILURES = resolve('test/w3c/known-failures.txt');
/** Tests of the SPARQL 1.1 Query suite proper (the other 10 of `run query` test the JSON and CSV/TSV formats). */
const QUERY_SUITE = /\/(aggregates|bind|bindings|cast|construct|exists|functions|grouping|negation|project-expression|property-path|subquery|syntax-query)\/manifest#/;

interface SuiteReport {
  counts: { passed: number; failed: number; known: number; na: number; skipped: number };
  results: { uri: string; status: 'pass' | 'fail' | 'known-failure' | 'n/a' | 'skipped'; error?: string }[];
}

/** Runs one mode of the vendored kit (test/w3c/run) against the catalog, as a child process (the server stays responsive). */
async function runSuite(mode: 'sd' | 'protocol' | 'query', args: string[], dir: string): Promise<{ code: number; report: SuiteReport; output: string }> {
  const json = join(dir, `${mode}.json`);
  const env = { ...process.env, W3C_SPARQL_CACHE: CACHE, W3C_SPARQL_JSON: json, W3C_SPARQL_KNOWN_FAILURES: KNOWN_FAILURES };
  let code = 0;
  let output: string;
  try {
    output = (await run('bash', [KIT, mode, ...args], { env, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    code = failed.code ?? 2;
    output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
  return { code, report: JSON.parse(readFileSync(json, 'utf8')) as SuiteReport, output };
}

/** Tests listed in known-failures.txt that passed: a fixed deviation whose line should go. */
function stalePassesOf(report: SuiteReport): string[] {
  const listed = readFileSync(KNOWN_FAILURES, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(/\s+/)[0] ?? '');
  return report.results.filter((result) => result.status === 'pass' && listed.some((name) => result.uri.endsWith(`/${name}`))).map((result) => result.uri);
}

function failuresOf(report: SuiteReport): string[] {
  return report.results.filter((result) => result.status === 'fail').map((result) => `${result.uri}: ${result.error?.split('\n')[0] ?? ''}`);
}

describe('the W3C SPARQL 1.1 test suites run over HTTP against /sparql', () => {
  let running: RunningCatalog;
  let dir: string;
  let notInstalled: string | false = false;
  let endpoint: string;
  let loadHook: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faircat-w3c-'));
    try {
      await run('bash', [KIT, 'install'], { env: { ...process.env, W3C_SPARQL_CACHE: CACHE } });
    } catch (error) {
      notInstalled = `rdf-test-suite could not be installed into ${CACHE} with npm: ${(error as Error).message.split('\n')[0]}`;
    }
    running = await startCatalog({
      harvest: false,
      servedBaseUrl: true,
      configure: (raw) => {
        raw.server = { ...(raw.server as object), enableTestHooks: true };
        raw.sparql = { ...(raw.sparql as object), workers: 2 };
      },
    });
    endpoint = `${running.url}sparql`;
    loadHook = `${running.url}__test/dataset`;
  });
  after(async () => {
    await running?.stop({ removeData: true });
    rmSync(dir, { recursive: true, force: true });
  });

  test('passes the 3 Service Description tests', async (t) => {
    if (notInstalled) return t.skip(notInstalled);
    const { code, report, output } = await runSuite('sd', [endpoint], dir);
    assert.deepEqual(failuresOf(report), []);
    assert.equal(code, 0, output);
    assert.equal(report.counts.passed, 3);
  });

  test('passes every Protocol test that a read-only endpoint with a test load hook can pass (27 of 34; the 7 others need SPARQL Update)', async (t) => {
    if (notInstalled) return t.skip(notInstalled);
    const { code, report, output } = await runSuite('protocol', [endpoint, loadHook], dir);
    assert.deepEqual(failuresOf(report), []);
    assert.equal(code, 0, output);
    assert.equal(report.counts.passed, 27);
    assert.equal(report.counts.na, 7);
  });

  test('passes the SPARQL 1.1 query evaluation suite but for the known deviations of test/w3c/known-failures.txt', async (t) => {
    if (notInstalled) return t.skip(notInstalled);
    const { code, report, output } = await runSuite('query', [endpoint, loadHook], dir);
    assert.deepEqual(failuresOf(report), []);
    assert.equal(code, 0, output);
    const query = report.results.filter((result) => QUERY_SUITE.test(result.uri));
    const passed = query.filter((result) => result.status === 'pass').length;
    t.diagnostic(`SPARQL 1.1 query suite: ${passed}/${query.length} passed; results formats: ${report.counts.passed - passed}/${report.results.length - query.length}`);
    assert.equal(query.length, 328);
    assert.ok(passed >= 323, `only ${passed} of 328 query tests passed`);
    assert.deepEqual(stalePassesOf(report), [], 'tests listed in known-failures.txt pass now: remove their lines');
  });
});
