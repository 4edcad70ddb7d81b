import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SCHEMA, SD } from '../../src/vocab/index.js';
import { parseGraph, parseSolutions } from '../helpers/sparqlResults.js';
import { startCatalog, TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';

const B_PID_BASE = 'https://w3id.org/faircat-b/';
const TIMEOUT_MS = 3000;
const PREFIX = `PREFIX schema: <${SCHEMA.$base}>\n`;
/** The lessons of a catalog (not their episodes): those with a provider. */
const LESSONS = `${PREFIX}SELECT DISTINCT ?lesson ?url WHERE { ?lesson a schema:LearningResource ; schema:url ?url ; schema:provider ?p }`;

type Rows = Record<string, string>[];

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return (server.address() as AddressInfo).port;
}

async function select(endpoint: string, query: string): Promise<Rows> {
  const response = await fetch(endpoint, { method: 'POST', headers: { accept: 'application/sparql-results+json', 'content-type': 'application/sparql-query' }, body: query });
  const body = await response.text();
  assert.equal(response.status, 200, body);
  const solutions = parseSolutions('application/sparql-results+json', body);
  assert.ok('rows' in solutions);
  return solutions.rows;
}

describe('a federated query from one FAIRCat (A) to another (B) on loopback', () => {
  let a: RunningCatalog;
  let b: RunningCatalog;
  let outsider: Server;
  let outsiderRequests = 0;
  let outsiderUrl: string;
  /** Allow-listed endpoints that misbehave: one answers every request with 500, one never answers. */
  let broken: Server;
  let brokenUrl: string;
  let hanging: Server;
  let hangingUrl: string;
  let aEndpoint: string;
  let bEndpoint: string;

  before(async () => {
    outsider = createServer((_req, res) => {
      outsiderRequests++;
      res.end();
    });
    await new Promise<void>((done) => outsider.listen(0, '127.0.0.1', () => done()));
    outsiderUrl = `http://127.0.0.1:${(outsider.address() as AddressInfo).port}/sparql`;
    broken = createServer((_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('the endpoint is down'));
    hanging = createServer(() => undefined);
    brokenUrl = `http://127.0.0.1:${await listen(broken)}/sparql`;
    hangingUrl = `http://127.0.0.1:${await listen(hanging)}/sparql`;
    b = await startCatalog({
      servedBaseUrl: true,
      configure: (raw) => {
        raw.server = { ...(raw.server as object), pidBase: B_PID_BASE };
        raw.sources = (raw.sources as { id: string }[]).filter((source) => source.id === 'coderefinery-lessons' || source.id === 'enccs-lessons');
      },
    });
    bEndpoint = `${b.url}sparql`;
    a = await startCatalog({
      servedBaseUrl: true,
      configure: (raw) => {
        raw.sparql = { ...(raw.sparql as object), serviceAllowList: [bEndpoint, brokenUrl, hangingUrl], timeoutMs: TIMEOUT_MS };
      },
    });
    aEndpoint = `${a.url}sparql`;
  });
  after(async () => {
    await a?.stop({ removeData: true });
    await b?.stop({ removeData: true });
    for (const server of [outsider, broken, hanging]) {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  test('joins A\'s lessons with B\'s lessons on their landing pages in one query', async () => {
    const query = `${PREFIX}SELECT ?url ?here ?there WHERE {
      ?here a schema:LearningResource ; schema:url ?url ; schema:provider ?p .
      SERVICE <${bEndpoint}> { ?there a schema:LearningResource ; schema:url ?url ; schema:provider ?q }
    }`;
    const joined = await select(aEndpoint, query);
    const inA = new Set((await select(aEndpoint, LESSONS)).map((row) => row.url));
    const inB = (await select(bEndpoint, LESSONS)).map((row) => row.url!);
    const both = [...new Set(inB.filter((url) => inA.has(url)))].sort();
    assert.ok(both.length >= 2 && both.length < inA.size, `B holds a part of A's lessons (${both.length} of ${inA.size})`);
    assert.deepEqual([...new Set(joined.map((row) => row.url))].sort(), both);
    for (const row of joined) {
      assert.ok(row.here?.startsWith(`${TEST_PID_BASE}materials/`), `the local part comes from A: ${row.here}`);
      assert.ok(row.there?.startsWith(`${B_PID_BASE}materials/`), `the SERVICE part comes from B: ${row.there}`);
    }
  });

  for (const accept of ['application/sparql-results+xml', 'application/sparql-results+json', 'text/csv', 'text/tab-separated-values']) {
    test(`answers a federated ASK in ${accept} (serialised by FAIRCat, not by Comunica)`, async () => {
      const response = await fetch(aEndpoint, { method: 'POST', headers: { accept, 'content-type': 'application/sparql-query' }, body: `${PREFIX}ASK { SERVICE <${bEndpoint}> { ?x a schema:LearningResource } }` });
      const body = await response.text();
      assert.equal(response.status, 200, body);
      assert.equal(response.headers.get('content-type')?.split(';')[0], accept);
      assert.deepEqual(parseSolutions(accept, body), { boolean: true });
    });
  }

  test('answers a federated CONSTRUCT in Turtle and in JSON-LD with the same graph', async () => {
    const query = `${PREFIX}CONSTRUCT { ?here schema:sameAs ?there } WHERE {
      ?here schema:url ?url ; schema:provider ?p .
      SERVICE <${bEndpoint}> { ?there schema:url ?url ; schema:provider ?q }
    }`;
    const send = (accept: string): Promise<Response> => fetch(aEndpoint, { method: 'POST', headers: { accept, 'content-type': 'application/sparql-query' }, body: query });
    const turtle = await parseGraph('text/turtle', await (await send('text/turtle')).text());
    const jsonld = await parseGraph('application/ld+json', await (await send('application/ld+json')).text());
    assert.ok(turtle.length >= 2);
    assert.equal(jsonld.length, turtle.length);
  });

  test('refuses SERVICE to an endpoint that is not on the allow-list, and sends it nothing', async () => {
    const response = await fetch(aEndpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: `ASK { SERVICE <${outsiderUrl}> { ?s ?p ?o } }` });
    assert.equal(response.status, 403);
    assert.equal(outsiderRequests, 0);
  });

  test('answers 502 with the reason when an allow-listed endpoint fails', async () => {
    const response = await fetch(aEndpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: `SELECT * WHERE { SERVICE <${brokenUrl}> { ?s ?p ?o } }` });
    const body = await response.text();
    assert.equal(response.status, 502, body);
    assert.match(body, /federated query failed/);
  });

  test('stops a federated query at the time limit when an allow-listed endpoint never answers', async () => {
    const started = Date.now();
    const response = await fetch(aEndpoint, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: `SELECT * WHERE { SERVICE <${hangingUrl}> { ?s ?p ?o } }` });
    const body = await response.text();
    assert.equal(response.status, 503, body);
    assert.match(body, /time limit/);
    assert.ok(Date.now() - started < TIMEOUT_MS + 2000, `answered after ${Date.now() - started} ms`);
  });

  test('says in its service description that it federates, and B (with an empty allow-list) does not', async () => {
    const features = async (endpoint: string): Promise<string[]> =>
      (await parseGraph('text/turtle', await (await fetch(endpoint, { headers: { accept: 'text/turtle' } })).text()))
        .filter((q) => q.predicate.value === SD.feature).map((q) => q.object.value);
    assert.ok((await features(aEndpoint)).includes(SD.BasicFederatedQuery));
    assert.ok(!(await features(bEndpoint)).includes(SD.BasicFederatedQuery));
  });
});
