import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { SCHEMA } from '../../src/vocab/index.js';
import { parseGraph, parseSolutions } from '../helpers/sparqlResults.js';
import { startCatalog } from '../helpers/startCatalog.js';

const CLI = resolve('dist/src/cli/main.js');
const COUNT = `SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <${SCHEMA.LearningResource}> ; <${SCHEMA.provider}> ?p }`;

describe('faircat query', () => {
  let dataDir: string;
  let materials: number;

  /** Runs the CLI on the harvested journal; resolves with its exit code and output, whatever the code. */
  async function faircat(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = { ...process.env, FAIRCAT_CONFIG: resolve('examples/demo.config.yaml'), FAIRCAT_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, 'query', ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  before(async () => {
    const running = await startCatalog();
    dataDir = running.dataDir;
    materials = running.catalog.journal.countActive();
    await running.stop();
  });
  after(async () => {
    const { rmSync } = await import('node:fs');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('prints SELECT results in SPARQL JSON by default, from the graph rebuilt from the journal', async () => {
    const { code, stdout } = await faircat(COUNT);
    assert.equal(code, 0);
    const solutions = parseSolutions('application/sparql-results+json', stdout);
    assert.deepEqual('rows' in solutions && solutions.rows, [{ n: String(materials) }]);
  });

  test('prints the format asked for with --format, in the endpoint\'s short names', async () => {
    const { code, stdout } = await faircat(COUNT, '--format', 'csv');
    assert.equal(code, 0);
    assert.equal(stdout, `n\r\n${materials}\r\n`);
  });

  test('prints CONSTRUCT results as Turtle by default', async () => {
    const { code, stdout } = await faircat(`CONSTRUCT { ?m <${SCHEMA.name}> ?name } WHERE { ?m <${SCHEMA.name}> ?name ; <${SCHEMA.provider}> ?p }`);
    assert.equal(code, 0);
    assert.equal((await parseGraph('text/turtle', stdout)).length, materials);
  });

  test('exits 1 with the parser\'s message for a syntax error', async () => {
    const { code, stderr } = await faircat('SELECT * WHERE {');
    assert.equal(code, 1);
    assert.match(stderr, /Parse error on line 1/);
  });

  test('exits 2 for a format that the query form does not have', async () => {
    const { code, stderr } = await faircat(COUNT, '--format', 'ttl');
    assert.equal(code, 2);
    assert.match(stderr, /does not fit a SELECT query/);
  });
});
