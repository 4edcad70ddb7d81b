import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { openCatalog, type Catalog } from '../../src/cli/openCatalog.js';
import { OxigraphWorkerPool } from '../../src/graph/OxigraphWorkerPool.js';
import { createApp } from '../../src/http/createApp.js';
import { readActiveNquads } from '../../src/journal/readActiveNquads.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

const silent = pino({ level: 'silent' });
const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';

// `faircat serve` listens before its graph index has loaded the catalog (docs/decisions/0036): journal-backed routes
// answer at once, SPARQL answers 503 with Retry-After until the index is loaded.
describe('a server whose graph index is still loading', () => {
  let harvested: RunningCatalog;
  let catalog: Catalog;
  let pool: OxigraphWorkerPool;
  let server: Server;
  let url: string;

  before(async () => {
    harvested = await startCatalog();
    await harvested.stop();
    catalog = await openCatalog(harvested.config, silent, { withGraph: false });
    pool = new OxigraphWorkerPool({ workers: 1, reload: () => readActiveNquads(catalog.journal), logger: silent });
    const app = createApp({ config: harvested.config, journal: catalog.journal, graph: pool, iris: catalog.iris, logger: silent, runner: catalog.runner });
    server = await new Promise((done) => {
      const s = app.listen(0, '127.0.0.1', () => done(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await pool.close();
    await catalog.close();
  });

  it('serves records, says in /readyz that SPARQL is loading, and answers SPARQL 503 with Retry-After until the load is done', async () => {
    const ready = await fetch(`${url}readyz`);
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { sparql: string }).sparql, 'loading');

    const [id] = catalog.journal.db.prepare("SELECT id FROM materials WHERE status = 'active' LIMIT 1").raw().get() as [string];
    const record = await fetch(`${url}materials/${id}`, { headers: { accept: 'application/ld+json' } });
    assert.equal(record.status, 200);

    const refused = await fetch(`${url}sparql?query=${encodeURIComponent(COUNT)}`, { headers: { accept: 'application/sparql-results+json' } });
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '5');
    assert.match(await refused.text(), /graph index is loading/);

    await pool.loadAll(await readActiveNquads(catalog.journal));
    const answered = await fetch(`${url}sparql?query=${encodeURIComponent(COUNT)}`, { headers: { accept: 'application/sparql-results+json' } });
    assert.equal(answered.status, 200);
    const n = Number(((await answered.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value);
    assert.ok(n > 1000, `${n} triples`);
    assert.equal(((await (await fetch(`${url}readyz`)).json()) as { sparql: string }).sparql, 'ready');
  });

  it('is handed out by openCatalog before its graph index has loaded when asked to load in the background', async () => {
    const background = await openCatalog(harvested.config, silent, { withGraph: true, graphInBackground: true });
    try {
      assert.equal(background.graph!.isLoaded(), false);
      await background.graphLoaded;
      assert.equal(background.graph!.isLoaded(), true);
    } finally {
      await background.close();
    }
  });
});
