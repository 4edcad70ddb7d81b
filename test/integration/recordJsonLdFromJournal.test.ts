import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMUNITY_FEED, snapshotCopy, type SnapshotCopy } from '../helpers/snapshotCopy.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

interface FeedEntry { repo?: string; description?: string }

describe('records and feed pages served from the stored JSON-LD', () => {
  let snapshot: SnapshotCopy;
  let running: RunningCatalog;
  let id: string;
  const stored = (): string => running.catalog.journal.get(id)!.jsonld;
  before(async () => {
    snapshot = snapshotCopy();
    running = await startCatalog({ configPath: snapshot.configPath });
    id = running.catalog.journal.listActive({ limit: 1000 }).find((r) => r.record.material.name === 'Extra Unix Shell Material')!.id;
  });
  after(async () => {
    await running.stop({ removeData: true });
    snapshot.remove();
  });

  test('answers a record as JSON-LD with the bytes the harvest stored', async () => {
    const response = await fetch(`${running.url}materials/${id}`, { headers: { accept: 'application/ld+json' } });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), stored());
  });

  test('gives a record\'s JSON-LD a new ETag when a harvest changes the record, and no longer answers 304 to the old one', async () => {
    const url = `${running.url}materials/${id}`;
    const first = await fetch(url, { headers: { accept: 'application/ld+json' } });
    const etag = first.headers.get('etag')!;
    assert.equal((await fetch(url, { headers: { accept: 'application/ld+json', 'if-none-match': etag } })).status, 304);
    snapshot.editJson<FeedEntry[]>(COMMUNITY_FEED, (entries) => entries.map((e) => (e.repo === 'shell-extras' ? { ...e, description: 'Extra Unix Shell Material, revised' } : e)));
    await running.catalog.runner.runAll(['carpentries-community-feed']);
    const changed = await fetch(url, { headers: { accept: 'application/ld+json', 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    const body = await changed.text();
    assert.equal(body, stored());
    assert.match(body, /Extra Unix Shell Material, revised/);
    const again = await fetch(url, { headers: { accept: 'application/ld+json', 'if-none-match': changed.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });

  test('puts each record\'s stored JSON-LD, without its context, in the feed page', async () => {
    const page = await (await fetch(`${running.url}materials?limit=200`, { headers: { accept: 'application/ld+json' } })).json() as { dataFeedElement: { item: Record<string, unknown> }[] };
    const item = page.dataFeedElement.find((element) => String(element.item['@id']).endsWith(`/materials/${id}`));
    const { '@context': _context, ...node } = JSON.parse(stored()) as Record<string, unknown>;
    assert.deepEqual(item?.item, node);
  });
});
