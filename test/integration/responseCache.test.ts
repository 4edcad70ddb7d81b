import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

const QUERY = 'PREFIX schema: <http://schema.org/> SELECT ?m WHERE { ?m a schema:LearningResource ; schema:provider ?p } ORDER BY ?m LIMIT 3';

interface Answer {
  status: number;
  cache: string | null;
  headers: Record<string, string>;
  body: string;
}

async function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const response = await fetch(url, { headers, method });
  const body = await response.text();
  const kept = Object.fromEntries([...response.headers].filter(([name]) => !['date', 'x-cache', 'connection', 'keep-alive'].includes(name)));
  return { status: response.status, cache: response.headers.get('x-cache'), headers: kept, body };
}

describe('the response cache', () => {
  let running: RunningCatalog;
  let record: string;

  before(async () => {
    running = await startCatalog();
    const id = (running.catalog.journal.db.prepare("SELECT id FROM materials WHERE status = 'active' ORDER BY id LIMIT 1").pluck().get() as string);
    record = `${running.url}materials/${id}`;
  });
  after(() => running.stop({ removeData: true }));

  it('answers a repeated record request from the cache with the same status, headers and bytes', async () => {
    const first = await get(record, { accept: 'application/ld+json' });
    const second = await get(record, { accept: 'application/ld+json' });
    assert.deepEqual([first.cache, second.cache], ['miss', 'hit']);
    assert.deepEqual(second, { ...first, cache: 'hit' });
    assert.ok(second.headers.etag && second.headers.link && second.headers.vary);
  });

  it('keeps each negotiated representation apart', async () => {
    const turtle = await get(record, { accept: 'text/turtle' });
    const again = await get(record, { accept: 'text/turtle' });
    const jsonld = await get(record, { accept: 'application/ld+json' });
    assert.match(turtle.headers['content-type']!, /text\/turtle/);
    assert.equal(again.body, turtle.body);
    assert.match(jsonld.headers['content-type']!, /application\/ld\+json/);
  });

  it('answers HEAD from a cached GET with the same headers and no body', async () => {
    await get(`${running.url}materials?limit=2`);
    const head = await get(`${running.url}materials?limit=2`, {}, 'HEAD');
    assert.deepEqual([head.status, head.cache, head.body], [200, 'hit', '']);
  });

  it('leaves conditional requests to the route, which answers 304', async () => {
    const { headers } = await get(record, { accept: 'application/ld+json' });
    const conditional = await get(record, { accept: 'application/ld+json', 'if-none-match': headers.etag! });
    assert.equal(conditional.status, 304);
  });

  it('does not keep errors', async () => {
    const first = await get(`${running.url}materials/not-an-id`);
    const second = await get(`${running.url}materials/not-an-id`);
    assert.deepEqual([first.status, second.status, second.cache], [404, 404, 'miss']);
  });

  it('answers a repeated SPARQL GET query from the cache unless the endpoint forbids storing it, and never a POST', async () => {
    const url = `${running.url}sparql?query=${encodeURIComponent(QUERY)}`;
    const accept = { accept: 'application/sparql-results+json' };
    const [first, second] = [await get(url, accept), await get(url, accept)];
    const storable = !/no-store|private/.test(first.headers['cache-control'] ?? '');
    assert.deepEqual([first.cache, second.cache, second.body], ['miss', storable ? 'hit' : 'miss', first.body]);
    const post = await fetch(`${running.url}sparql`, { method: 'POST', headers: { ...accept, 'content-type': 'application/sparql-query' }, body: QUERY });
    assert.equal(post.headers.get('x-cache'), null);
  });

  it('forgets everything when the catalog version changes', async () => {
    await get(record, { accept: 'application/ld+json' });
    running.catalog.journal.bumpCatalogVersion();
    const [after, again] = [await get(record, { accept: 'application/ld+json' }), await get(record, { accept: 'application/ld+json' })];
    assert.deepEqual([after.cache, again.cache], ['miss', 'hit']);
  });
});
