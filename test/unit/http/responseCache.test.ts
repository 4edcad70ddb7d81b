import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { pino } from 'pino';
import type { AppContext } from '../../../src/http/AppContext.js';
import { responseCache } from '../../../src/http/responseCache.js';
import { Journal } from '../../../src/journal/Journal.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';

/** A bare app with the cache in front of routes that count how often they run. */
function appWith(options: { settleMs: number; testHooks?: boolean; harvesting?: () => boolean }) {
  const journal = Journal.open(':memory:', recordSerialiser(catalogIris('https://w3id.org/t/', 'http://t.test/')));
  const runs = { record: 0, sparql: 0 };
  const context = {
    journal, logger: pino({ level: 'silent' }), config: { server: { enableTestHooks: options.testHooks ?? false } },
    runner: { runningSources: () => (options.harvesting?.() ? ['s'] : []) },
  } as unknown as AppContext;
  const app = express();
  app.use(responseCache(context, { maxBytes: 1_000_000, maxEntryBytes: 1000, sparqlSettleMs: options.settleMs }));
  app.get('/materials/:id', (req, res) => {
    runs.record++;
    if (req.params.id === 'private') res.set('Cache-Control', 'private');
    if (req.params.id === 'large') {
      res.type('text/plain').send('x'.repeat(2000));
      return;
    }
    res.type('application/ld+json').set('ETag', '"e1"').send(`{"id":"${req.params.id}","run":${runs.record}}`);
  });
  app.get('/sparql', (_req, res) => {
    runs.sparql++;
    res.type('application/sparql-results+json');
    res.write('{"head":');
    res.write(Buffer.from('{"vars":[]},'));
    res.end(`"run":${runs.sparql}}`);
  });
  app.get('/other', (_req, res) => {
    res.send('not cached');
  });
  return { app, journal, runs };
}

async function serve(app: express.Express): Promise<{ url: string; server: Server }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function get(url: string, headers: Record<string, string> = {}): Promise<{ body: string; cache: string | null; etag: string | null }> {
  const response = await fetch(url, { headers });
  return { body: await response.text(), cache: response.headers.get('x-cache'), etag: response.headers.get('etag') };
}

describe('responseCache', () => {
  const settled = appWith({ settleMs: 0 });
  const unsettled = appWith({ settleMs: 60_000 });
  let harvesting = false;
  const busy = appWith({ settleMs: 0, harvesting: () => harvesting });
  const hooks = appWith({ settleMs: 0, testHooks: true });
  const servers: Server[] = [];
  const urls: Record<string, string> = {};

  before(async () => {
    for (const [name, { app }] of Object.entries({ settled, unsettled, busy, hooks })) {
      const { url, server } = await serve(app);
      urls[name] = url;
      servers.push(server);
    }
  });
  after(() => {
    for (const server of servers) server.close();
  });

  it('replays a cached record with its headers, without running the route again', async () => {
    const first = await get(`${urls.settled}/materials/a`);
    const second = await get(`${urls.settled}/materials/a`);
    assert.deepEqual(second, { ...first, cache: 'hit' });
    assert.equal(settled.runs.record, 1);
  });

  it('keeps what a route writes in several chunks', async () => {
    const first = await get(`${urls.settled}/sparql?query=q1`);
    const second = await get(`${urls.settled}/sparql?query=q1`);
    assert.equal(first.body, '{"head":{"vars":[]},"run":1}');
    assert.deepEqual([second.cache, second.body], ['hit', first.body]);
  });

  it('runs the route again once the catalog version changes', async () => {
    await get(`${urls.settled}/materials/b`);
    settled.journal.bumpCatalogVersion();
    const after = await get(`${urls.settled}/materials/b`);
    assert.equal(after.cache, 'miss');
    assert.match(after.body, /"run":3/);
  });

  for (const [path, why] of [['/materials/private', 'Cache-Control: private'], ['/materials/large', 'a body over maxEntryBytes'], ['/other', 'a path it does not cache']] as const) {
    it(`does not keep ${why}`, async () => {
      await get(`${urls.settled}${path}`);
      assert.notEqual((await get(`${urls.settled}${path}`)).cache, 'hit');
    });
  }

  it('does not keep SPARQL results for a catalog version that has not settled, but keeps records', async () => {
    unsettled.journal.bumpCatalogVersion();
    await get(`${urls.unsettled}/sparql?query=q`);
    await get(`${urls.unsettled}/materials/a`);
    assert.deepEqual([(await get(`${urls.unsettled}/sparql?query=q`)).cache, (await get(`${urls.unsettled}/materials/a`)).cache], ['miss', 'hit']);
  });

  it('does not keep SPARQL results while this process harvests', async () => {
    harvesting = true;
    await get(`${urls.busy}/sparql?query=q`);
    assert.equal((await get(`${urls.busy}/sparql?query=q`)).cache, 'miss');
    harvesting = false;
  });

  it('never keeps SPARQL results with the test hooks on (they change the graph index behind the journal)', async () => {
    await get(`${urls.hooks}/sparql?query=q`);
    assert.equal((await get(`${urls.hooks}/sparql?query=q`)).cache, 'miss');
  });

  it('lets a conditional request through to the route', async () => {
    await get(`${urls.settled}/materials/c`);
    assert.equal((await get(`${urls.settled}/materials/c`, { 'if-none-match': '"e1"' })).cache, 'miss');
  });
});
