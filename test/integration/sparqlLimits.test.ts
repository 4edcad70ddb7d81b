import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA } from '../../src/vocab/index.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

const TIMEOUT_MS = 1500;
const MAX_CONCURRENT = 4;
const MAX_QUEUED = 4;
/** A three-way cross product of the demo catalog (~2,000 triples): about 10^10 solutions, hours of work. */
const FOR_HOURS = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
/** A two-way cross product of the typed resources: a few hundred milliseconds. */
const SLOWISH = 'SELECT (COUNT(*) AS ?n) WHERE { ?a a ?c . ?d a ?f }';
const QUICK = `ASK { ?m a <${SCHEMA.LearningResource}> }`;

describe('the SPARQL endpoint under hostile load', () => {
  let running: RunningCatalog;
  let endpoint: string;

  const query = (text: string, accept = 'application/sparql-results+json'): Promise<Response> =>
    fetch(endpoint, { method: 'POST', headers: { accept, 'content-type': 'application/sparql-query' }, body: text });

  before(async () => {
    running = await startCatalog({ configure: (raw) => {
      raw.sparql = { ...(raw.sparql as object), timeoutMs: TIMEOUT_MS, maxConcurrent: MAX_CONCURRENT, maxQueued: MAX_QUEUED, workers: 2 };
    } });
    endpoint = `${running.url}sparql`;
  });
  after(() => running?.stop({ removeData: true }));

  test('cuts a query that would run for hours at the time limit, and answers other requests meanwhile', async () => {
    const started = Date.now();
    const runaway = query(FOR_HOURS).then(async (response) => ({ response, body: await response.text(), at: Date.now() - started }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const during = await query(QUICK);
    const health = await fetch(`${running.url}healthz`);
    const answeredAt = Date.now() - started;
    assert.equal(during.status, 200);
    assert.equal(((await during.json()) as { boolean: boolean }).boolean, true);
    assert.equal(health.status, 200);
    const stopped = await runaway;
    assert.ok(answeredAt < stopped.at, 'the other requests were answered while the runaway query ran');
    assert.equal(stopped.response.status, 503, stopped.body);
    assert.match(stopped.body, new RegExp(`time limit of ${TIMEOUT_MS} ms`));
    assert.equal(stopped.response.headers.get('retry-after'), null, 'the same query would time out again');
    assert.ok(stopped.at >= TIMEOUT_MS && stopped.at < TIMEOUT_MS + 3000, `stopped after ${stopped.at} ms`);
  });

  test('keeps answering after a runaway query was stopped (its worker is rebuilt from the journal)', async () => {
    assert.equal((await query(FOR_HOURS)).status, 503);
    for (let i = 0; i < 5; i++) {
      const response = await query(QUICK);
      assert.equal(response.status, 200);
    }
    const count = await query(`SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a <${SCHEMA.LearningResource}> ; <${SCHEMA.provider}> ?p }`, 'text/csv');
    assert.equal(Number((await count.text()).split('\r\n')[1]), running.catalog.journal.countActive());
  });

  test('answers 50 concurrent clients with results or 503 with Retry-After, never a crash', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => query(SLOWISH, 'text/csv').then(async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() }))));
    const statuses = new Set(responses.map((response) => response.status));
    assert.deepEqual([...statuses].filter((status) => status !== 200 && status !== 503), []);
    const answered = responses.filter((response) => response.status === 200);
    const refused = responses.filter((response) => response.status === 503);
    assert.ok(answered.length >= MAX_CONCURRENT, `${answered.length} answered`);
    assert.ok(refused.length > 0, 'some were refused');
    for (const response of refused) assert.equal(response.retryAfter, '1');
    for (const response of answered) assert.match(response.body, /^n\r\n\d+\r\n$/);
    assert.equal((await query(QUICK)).status, 200);
  });

  const megabyte = `SELECT * WHERE { ?s ?p ?o } # ${'x'.repeat(1024 * 1024)}`;
  const big: [string, () => Promise<Response>, number[]][] = [
    ['as a direct POST with 413', () => query(megabyte), [413]],
    ['as a form POST with 413', () => fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: megabyte }).toString() }), [413]],
    ['in a GET URL with 413 or 431 (the URL is longer than Node accepts)', () => fetch(`${endpoint}?query=${encodeURIComponent(megabyte)}`), [413, 431]],
  ];
  for (const [name, send, statuses] of big) {
    test(`refuses a 1 MB query ${name}`, async () => {
      const response = await send();
      await response.text();
      assert.ok(statuses.includes(response.status), `status ${response.status}`);
    });
  }

  test('refuses a query just over the size limit even when its body fits the form limit', async () => {
    const limit = running.config.sparql.maxQueryBytes;
    const query = `ASK {} # ${'x'.repeat(limit)}`;
    const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query }).toString() });
    assert.equal(response.status, 413);
    assert.match(await response.text(), new RegExp(`${limit} bytes`));
  });
});
