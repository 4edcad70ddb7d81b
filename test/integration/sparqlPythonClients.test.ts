import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { SCHEMA } from '../../src/vocab/index.js';
import { parseSolutions } from '../helpers/sparqlResults.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

/** Debian's python3-rdflib and python3-sparqlwrapper install for the system Python, not for a pyenv one on PATH. */
const PYTHON = '/usr/bin/python3';
const SCRIPT = resolve('test/integration/python/sparqlClients.py');
const pythonMissing: string | false = !existsSync(PYTHON)
  ? `${PYTHON} is not installed`
  : spawnSync(PYTHON, ['-c', 'import rdflib, SPARQLWrapper']).status !== 0
    ? 'the Python modules rdflib and SPARQLWrapper are missing (apt-get install python3-rdflib python3-sparqlwrapper; .ci/run does this in CI)'
    : false;

const PREFIX = `PREFIX schema: <${SCHEMA.$base}>\n`;
const SELECT = `${PREFIX}SELECT DISTINCT ?name WHERE { ?m a schema:LearningResource ; schema:name ?name ; schema:provider ?p ; schema:keywords ?k FILTER(CONTAINS(LCASE(?k), "git")) }`;
const CONSTRUCT = `${PREFIX}CONSTRUCT { ?m schema:name ?name ; schema:url ?url } WHERE { ?m a schema:LearningResource ; schema:name ?name ; schema:url ?url ; schema:provider ?p }`;

describe('Python clients (SPARQLWrapper, rdflib) querying the endpoint', { skip: pythonMissing }, () => {
  let running: RunningCatalog;
  let endpoint: string;
  let read: Record<string, unknown>;
  let names: string[];
  let constructed: number;

  before(async () => {
    running = await startCatalog({ servedBaseUrl: true });
    endpoint = `${running.url}sparql`;
    const response = await fetch(endpoint, { method: 'POST', headers: { accept: 'application/sparql-results+json', 'content-type': 'application/sparql-query' }, body: SELECT });
    const solutions = parseSolutions('application/sparql-results+json', await response.text());
    names = 'rows' in solutions ? solutions.rows.map((row) => row.name!).sort() : [];
    const graph = await fetch(endpoint, { method: 'POST', headers: { accept: 'application/n-triples', 'content-type': 'application/sparql-query' }, body: CONSTRUCT });
    constructed = (await graph.text()).trim().split('\n').length;
    // Asynchronously: the server answers from this process.
    const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, endpoint, SELECT, CONSTRUCT], { timeout: 60_000 });
    read = JSON.parse(stdout) as Record<string, unknown>;
  });
  after(() => running?.stop({ removeData: true }));

  test('finds lessons to compare with', () => {
    assert.ok(names.length > 0);
  });

  for (const format of ['json', 'xml', 'csv']) {
    for (const method of ['GET', 'POST']) {
      test(`SPARQLWrapper reads SELECT results in ${format} over ${method}, with its format/output/results parameters`, () => {
        assert.deepEqual(read[`SPARQLWrapper ${format} ${method}`], names);
      });
    }
    test(`rdflib reads SELECT results in ${format}`, () => {
      assert.deepEqual(read[`rdflib ${format}`], names);
    });
  }

  test('SPARQLWrapper reads ASK results in JSON and XML', () => {
    assert.equal(read['SPARQLWrapper ASK json'], true);
    assert.equal(read['SPARQLWrapper ASK xml'], true);
  });

  test('SPARQLWrapper reads CONSTRUCT results as Turtle and RDF/XML', () => {
    assert.equal(read['SPARQLWrapper CONSTRUCT turtle'], constructed);
    assert.equal(read['SPARQLWrapper CONSTRUCT xml'], constructed);
  });

  test('rdflib reads the service description, and a JSON-LD result whose context it fetches from this server', () => {
    assert.deepEqual(read['rdflib service description endpoints'], [endpoint]);
    assert.equal(read['rdflib CONSTRUCT json-ld by URL'], constructed);
  });
});
