import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { AS, HYDRA, RDF, SCHEMA } from '../../src/vocab/index.js';
import { jsonLdToQuads } from '../helpers/jsonLdToQuads.js';
import { parseRdf, sameGraph } from '../helpers/rdf.js';
import { startCatalog, TEST_BASE_URL, TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';

interface FeedDocument {
  '@id': string;
  'hydra:totalItems': number;
  'hydra:view': { '@id': string; 'hydra:first': { '@id': string }; 'hydra:next'?: { '@id': string }; 'hydra:previous'?: { '@id': string } };
  dataFeedElement: { '@type': string; dateCreated: { '@value': string }; dateModified: { '@value': string }; item: Record<string, unknown> }[];
}

describe('the feeds of the demo catalog', () => {
  let running: RunningCatalog;
  /** A path of the running server from an IRI the catalog wrote with its public base URL. */
  const local = (iri: string): string => iri.replace(TEST_BASE_URL, running.url);
  const getJson = async <T>(url: string, accept = 'application/ld+json'): Promise<T> => {
    const response = await fetch(url, { headers: { accept } });
    assert.equal(response.status, 200, `${url}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  };

  before(async () => {
    running = await startCatalog();
  });
  after(async () => {
    await running.stop({ removeData: true });
  });

  describe('GET /materials', () => {
    test('walks every active record once through hydra:next, each page a DataFeed that expands with the bundled context only', async () => {
      const seen: string[] = [];
      let next: string | undefined = `${running.url}materials?limit=7`;
      let pages = 0;
      while (next) {
        const page: FeedDocument = await getJson<FeedDocument>(next);
        const quads = await jsonLdToQuads(page);
        assert.ok(quads.some((q) => q.predicate.value === RDF.type && q.object.value === SCHEMA.DataFeed));
        assert.ok(quads.some((q) => q.predicate.value === HYDRA.view));
        assert.equal(page['hydra:totalItems'], running.catalog.journal.countActive());
        for (const element of page.dataFeedElement) {
          assert.equal(element['@type'], 'DataFeedItem');
          assert.match(element.dateModified['@value'], /^\d{4}-\d{2}-\d{2}T/);
          seen.push(String(element.item['@id']));
        }
        if (pages > 0) assert.ok(page['hydra:view']['hydra:previous'], 'pages after the first link back');
        next = page['hydra:view']['hydra:next'] && local(page['hydra:view']['hydra:next']['@id']);
        pages++;
      }
      const expected = running.catalog.journal.listActive({ limit: 10_000 }).map((r) => `${TEST_PID_BASE}materials/${r.id}`);
      assert.deepEqual(seen, expected);
      assert.ok(pages > 1);
    });

    test('walks back from a page through hydra:previous to the same records', async () => {
      const first = await getJson<FeedDocument>(`${running.url}materials?limit=5`);
      const second = await getJson<FeedDocument>(local(first['hydra:view']['hydra:next']!['@id']));
      const back = await getJson<FeedDocument>(local(second['hydra:view']['hydra:previous']!['@id']));
      assert.deepEqual(back.dataFeedElement.map((e) => e.item['@id']), first.dataFeedElement.map((e) => e.item['@id']));
    });

    test('is the same graph in JSON-LD, Turtle and N-Triples', async () => {
      const url = `${running.url}materials?limit=4&keyword=shell`;
      const fromJsonLd = await jsonLdToQuads(await getJson(url));
      for (const accept of ['text/turtle', 'application/n-triples']) {
        const response = await fetch(url, { headers: { accept } });
        assert.equal(response.headers.get('content-type')?.split(';')[0], accept);
        assert.ok(sameGraph(parseRdf(await response.text()), fromJsonLd), accept);
      }
    });

    test('answers NDJSON with one DataFeedItem document per line, each expanding on its own', async () => {
      const response = await fetch(`${running.url}materials?limit=3`, { headers: { accept: 'application/x-ndjson' } });
      assert.match(response.headers.get('content-type') ?? '', /^application\/x-ndjson/);
      const lines = (await response.text()).trimEnd().split('\n');
      assert.equal(lines.length, 3);
      for (const line of lines) {
        const quads = await jsonLdToQuads(JSON.parse(line));
        assert.ok(quads.some((q) => q.predicate.value === SCHEMA.item));
      }
    });

    test('answers HTML to browsers, with links to the records and the next page', async () => {
      const response = await fetch(`${running.url}materials?limit=3`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const $ = cheerio.load(await response.text());
      assert.equal($('ol.results li').length, 3);
      assert.match($('ol.results a').first().attr('href') ?? '', /^\/materials\/[0-9a-z]+$/);
      assert.ok($('a[rel="next"]').attr('href'));
    });

    const filters: [string, (record: RunningCatalog['catalog']['journal'] extends { listActive(o: { limit: number }): (infer R)[] } ? R : never) => boolean][] = [
      ['keyword=shell', (r) => r.record.material.keywords.some((k) => k.toLowerCase() === 'shell')],
      ['keyword=SHELL&keyword=git', (r) => r.record.material.keywords.some((k) => ['shell', 'git'].includes(k.toLowerCase()))],
      ['provider=hpc-carpentry', (r) => r.record.provider === 'hpc-carpentry'],
      [`provider=${encodeURIComponent(`${TEST_PID_BASE}providers/coderefinery`)}`, (r) => r.record.provider === 'coderefinery'],
      ['language=en', (r) => (r.record.material.inLanguage ?? '').toLowerCase().startsWith('en')],
      ['license=CC-BY-4.0', (r) => r.record.material.license === 'https://spdx.org/licenses/CC-BY-4.0'],
      ['q=shell', (r) => /shell/i.test(`${r.record.material.name} ${r.record.material.description} ${r.record.material.keywords.join(' ')}`)],
      ['provider=software-carpentry&keyword=shell', (r) => r.record.provider === 'software-carpentry' && r.record.material.keywords.some((k) => k.toLowerCase() === 'shell')],
      ['modifiedSince=2000-01-01', () => true],
      ['modifiedSince=2999-01-01T00:00:00Z', () => false],
    ];
    for (const [query, matches] of filters) {
      test(`selects exactly the matching records for ${decodeURIComponent(query)}`, async () => {
        const page = await getJson<FeedDocument>(`${running.url}materials?limit=200&${query}`);
        const expected = running.catalog.journal.listActive({ limit: 10_000 }).filter(matches).map((r) => `${TEST_PID_BASE}materials/${r.id}`);
        assert.deepEqual(page.dataFeedElement.map((e) => e.item['@id']), expected);
        assert.equal(page['hydra:totalItems'], expected.length);
        if (expected.length > 0 && !query.startsWith('modifiedSince')) assert.ok(expected.length < running.catalog.journal.countActive(), 'the filter selects something less than everything');
      });
    }

    test('selects the teaches and level facets by learning objective and educational level', async () => {
      const withObjective = running.catalog.journal.listActive({ limit: 10_000 }).find((r) => r.record.material.teaches.length > 0);
      assert.ok(withObjective, 'a demo record has learning objectives');
      const objective = withObjective.record.material.teaches[0]!;
      const page = await getJson<FeedDocument>(`${running.url}materials?limit=200&teaches=${encodeURIComponent(objective.toUpperCase())}`);
      assert.ok(page.dataFeedElement.some((e) => e.item['@id'] === `${TEST_PID_BASE}materials/${withObjective.id}`));
      const none = await getJson<FeedDocument>(`${running.url}materials?level=no-such-level`);
      assert.equal(none['hydra:totalItems'], 0);
    });

    test('keeps the filters and the page size in its paging links', async () => {
      const page = await getJson<FeedDocument>(`${running.url}materials?limit=2&language=en`);
      const next = new URL(page['hydra:view']['hydra:next']!['@id']);
      assert.equal(next.searchParams.get('language'), 'en');
      assert.equal(next.searchParams.get('limit'), '2');
      assert.equal(new URL(page['@id']).searchParams.get('language'), 'en');
    });

    const refusals: [string, number][] = [
      ['limit=0', 400], ['limit=201', 400], ['limit=abc', 400], ['modifiedSince=yesterday', 400], ['after=a&before=b', 400], ['keywords=shell', 400],
    ];
    for (const [query, status] of refusals) {
      test(`answers ${status} to ${query}`, async () => {
        const response = await fetch(`${running.url}materials?${query}`, { headers: { accept: 'application/json' } });
        assert.equal(response.status, status);
      });
    }

    test('answers 406 to a media type it cannot write', async () => {
      assert.equal((await fetch(`${running.url}materials`, { headers: { accept: 'image/png' } })).status, 406);
    });

    test('answers 304 to a repeated request with its ETag, and is open to other origins', async () => {
      const first = await fetch(`${running.url}materials?limit=2`, { headers: { accept: 'application/ld+json', origin: 'https://portal.example' } });
      assert.equal(first.headers.get('access-control-allow-origin'), '*');
      const etag = first.headers.get('etag');
      assert.ok(etag);
      // fetch adds `Cache-Control: no-cache` to conditional requests unless the request sets its own.
      const again = await fetch(`${running.url}materials?limit=2`, { headers: { accept: 'application/ld+json', 'if-none-match': etag, 'cache-control': 'max-age=0' } });
      assert.equal(again.status, 304);
    });
  });

  describe('GET /changes', () => {
    test('is an OrderedCollection whose pages, walked back from last, list a Create for every record', async () => {
      const entry = await getJson<{ type: string; totalItems: number; first: { id: string }; last: { id: string } }>(`${running.url}changes`);
      assert.equal(entry.type, 'OrderedCollection');
      const entryQuads = await jsonLdToQuads(entry);
      assert.ok(entryQuads.some((q) => q.predicate.value === AS.last));
      assert.ok(entryQuads.some((q) => q.predicate.value === RDF.type && q.object.value === AS.OrderedCollection));
      const activities: { type: string; object: { id: string; type: string }; endTime: string }[] = [];
      let location: string | undefined = local(entry.last.id);
      while (location) {
        const page: { type: string; partOf: { id: string }; prev?: { id: string }; orderedItems: typeof activities } = await getJson(location);
        assert.equal(page.type, 'OrderedCollectionPage');
        assert.equal(page.partOf.id, `${TEST_BASE_URL}changes`);
        const quads = await jsonLdToQuads(page);
        assert.ok(quads.some((q) => q.predicate.value === AS.items));
        activities.unshift(...page.orderedItems);
        location = page.prev && local(page.prev.id);
      }
      assert.equal(activities.length, entry.totalItems);
      const endTimes = activities.map((a) => a.endTime);
      assert.deepEqual([...endTimes].sort(), endTimes, 'oldest to newest');
      const created = new Set(activities.filter((a) => a.type === 'Create').map((a) => a.object.id));
      for (const stored of running.catalog.journal.listActive({ limit: 10_000 })) assert.ok(created.has(`${TEST_PID_BASE}materials/${stored.id}`));
      assert.ok(activities.every((a) => a.object.type === 'LearningResource'));
    });

    test('answers 404 for a page past the last', async () => {
      assert.equal((await fetch(`${running.url}changes/page/99999`)).status, 404);
    });
  });

  describe('GET /dumps', () => {
    test('serves every record graph and the provenance as gzipped N-Quads that n3 parses', async () => {
      const response = await fetch(`${running.url}dumps/catalog.nq.gz`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/gzip');
      const quads = parseRdf(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8'), { format: 'N-Quads' });
      const graphs = new Set(quads.map((q) => q.graph.value));
      for (const stored of running.catalog.journal.listActive({ limit: 10_000 })) {
        const iri = `${TEST_PID_BASE}materials/${stored.id}`;
        assert.ok(graphs.has(iri), iri);
        assert.ok(sameGraph(quads.filter((q) => q.graph.value === iri), parseRdf(stored.nquads, { format: 'N-Quads' })), iri);
      }
      assert.ok(graphs.has(`${TEST_BASE_URL}harvests/`), 'the harvest provenance graph');
      assert.ok(graphs.has(`${TEST_PID_BASE}providers/`), 'the providers graph');
    });

    test('serves the same dataset as gzipped JSON-LD that expands with the bundled context only', async () => {
      const [nq, json] = await Promise.all(['catalog.nq.gz', 'catalog.jsonld.gz'].map(async (file) => gunzipSync(Buffer.from(await (await fetch(`${running.url}dumps/${file}`)).arrayBuffer())).toString('utf8')));
      assert.ok(sameGraph(await jsonLdToQuads(JSON.parse(json!)), parseRdf(nq!, { format: 'N-Quads' })));
    });

    test('is regenerated after a harvest changes the catalog', async () => {
      const before = gunzipSync(Buffer.from(await (await fetch(`${running.url}dumps/catalog.nq.gz`)).arrayBuffer())).toString('utf8');
      const { journal } = running.catalog;
      const [victim] = journal.listActive({ limit: 1 });
      journal.transaction(() => {
        journal.db.prepare("UPDATE materials SET status = 'withdrawn', withdrawn_at = modified WHERE id = ?").run(victim!.id);
        journal.bumpCatalogVersion();
      });
      try {
        const after = gunzipSync(Buffer.from(await (await fetch(`${running.url}dumps/catalog.nq.gz`)).arrayBuffer())).toString('utf8');
        assert.ok(before.includes(`<${TEST_PID_BASE}materials/${victim!.id}>`));
        assert.ok(!after.includes(`<${TEST_PID_BASE}materials/${victim!.id}>`));
      } finally {
        journal.transaction(() => {
          journal.db.prepare("UPDATE materials SET status = 'active', withdrawn_at = NULL WHERE id = ?").run(victim!.id);
          journal.bumpCatalogVersion();
        });
      }
    });

    test('answers 404 for any other file', async () => {
      assert.equal((await fetch(`${running.url}dumps/catalog.tar`)).status, 404);
    });
  });
});
