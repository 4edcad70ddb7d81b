import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

const TOKEN = 'a-test-admin-token-of-some-length';

async function waitForRun(url: string, runUrl: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const doc = await (await fetch(runUrl.replace('http://faircat.test/', url), { headers: { accept: 'application/ld+json' } })).json() as Record<string, unknown>;
    if (doc.runStatus !== 'running') return doc;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the run ${runUrl} did not finish`);
}

describe('POST /admin/harvest', () => {
  let running: RunningCatalog;
  before(async () => {
    running = await startCatalog({ configure: (raw) => { (raw.server as Record<string, unknown>).adminToken = TOKEN; } });
  });
  after(async () => {
    await running.stop({ removeData: true });
  });

  const post = (headers: Record<string, string>, body?: string): Promise<Response> =>
    fetch(`${running.url}admin/harvest`, { method: 'POST', headers: { accept: 'application/json', ...headers }, ...(body === undefined ? {} : { body }) });

  test('answers 401 with a Bearer challenge without credentials and 403 with a wrong token', async () => {
    const none = await post({});
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await post({ authorization: 'Bearer not-the-token-at-all-no' })).status, 403);
    assert.equal((await post({ authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` })).status, 401);
  });

  test('starts a harvest of the asked source and answers 202 with the run\'s report URL', async () => {
    const response = await post({ authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, JSON.stringify({ source: 'swc-lessons' }));
    assert.equal(response.status, 202);
    const body = await response.json() as { runs: { source: string; run: string; report: string }[] };
    assert.deepEqual(body.runs.map((r) => r.source), ['swc-lessons']);
    assert.equal(response.headers.get('location'), body.runs[0]!.report);
    const report = await waitForRun(running.url, body.runs[0]!.report);
    assert.equal(report.runStatus, 'applied');
  });

  test('answers 400 for an unknown source and 409 while the source is being harvested', async () => {
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' };
    assert.equal((await post(auth, 'source=no-such-source')).status, 400);
    const started = running.catalog.runner.start('carpentries-community-feed');
    const busy = await post(auth, 'source=carpentries-community-feed');
    await started.done;
    assert.equal(busy.status, 409);
  });
});

describe('POST /admin/harvest without an admin token', () => {
  test('does not exist (404)', async () => {
    const running = await startCatalog({ harvest: false });
    try {
      const response = await fetch(`${running.url}admin/harvest`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' } });
      assert.equal(response.status, 404);
    } finally {
      await running.stop({ removeData: true });
    }
  });
});

describe('GET /harvests and /metrics on the demo catalog', () => {
  let running: RunningCatalog;
  before(async () => {
    running = await startCatalog();
  });
  after(async () => {
    await running.stop({ removeData: true });
  });

  test('lists the runs newest first as a Hydra collection of PROV activities, paged with a cursor', async () => {
    const first = await (await fetch(`${running.url}harvests?limit=2`)).json() as { '@type': string; 'hydra:member': Record<string, unknown>[]; 'hydra:view': { 'hydra:next'?: string } };
    assert.equal(first['@type'], 'hydra:Collection');
    assert.equal(first['hydra:member'].length, 2);
    assert.ok(first['hydra:member'].every((run) => (run['@type'] as string[]).includes('HarvestRun') && run.runStatus === 'applied'));
    const next = first['hydra:view']['hydra:next'];
    assert.ok(next);
    const second = await (await fetch(next.replace('http://faircat.test/', running.url))).json() as { 'hydra:member': Record<string, unknown>[] };
    assert.ok(second['hydra:member'].length > 0);
    assert.ok(second['hydra:member'].every((run) => !first['hydra:member'].some((seen) => seen['@id'] === run['@id'])));
    assert.equal((await fetch(`${running.url}harvests?limit=0`, { headers: { accept: 'application/json' } })).status, 400);
  });

  test('shows each source\'s health and the runs as HTML', async () => {
    const page = await fetch(`${running.url}harvests`, { headers: { accept: 'text/html' } });
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const $ = cheerio.load(await page.text());
    assert.equal($('h1').text(), 'Harvests');
    const sourceRows = $('table').first().find('tbody tr');
    assert.equal(sourceRows.length, running.config.sources.length);
    assert.ok(sourceRows.toArray().every((row) => $(row).find('td').eq(2).text().startsWith('healthy')));
  });

  test('exposes per-source harvest metrics and the catalog size in the Prometheus text format', async () => {
    const text = await (await fetch(`${running.url}metrics`)).text();
    for (const source of running.config.sources) {
      assert.match(text, new RegExp(`faircat_source_last_success_timestamp_seconds\\{source="${source.id}"\\} \\d`));
      assert.match(text, new RegExp(`faircat_source_runs_total\\{source="${source.id}",status="applied"\\} 1`));
      assert.match(text, new RegExp(`faircat_source_last_run_duration_seconds\\{source="${source.id}"\\} [\\d.]+`));
    }
    assert.match(text, new RegExp(`faircat_catalog_materials ${running.catalog.journal.countActive()}`));
    assert.match(text, /# TYPE faircat_source_failures_total counter/);
  });
});
