import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RECORD_FORMATS } from '../../src/http/records/recordFormats.js';
import { catalogWithStates, type CatalogWithStates } from '../helpers/recordStates.js';

describe('conditional GET of records', () => {
  let catalog: CatalogWithStates;
  const paths = (): [string, string][] => [
    ['a record', `materials/${catalog.current}`],
    ['a version', `materials/${catalog.current}/versions/1`],
  ];
  before(async () => {
    catalog = await catalogWithStates();
  });
  after(async () => {
    await catalog.stop();
  });

  for (const format of RECORD_FORMATS) {
    test(`answers 304 to If-None-Match and If-Modified-Since for ${format.label}, with strong ETags per representation`, async () => {
      for (const [what, path] of paths()) {
        const url = `${catalog.running.url}${path}`;
        const first = await fetch(url, { headers: { accept: format.type } });
        assert.equal(first.status, 200, what);
        const etag = first.headers.get('etag');
        const lastModified = first.headers.get('last-modified');
        assert.match(etag ?? '', /^"[^"]+"$/, `${what}: a strong ETag`);
        assert.ok(lastModified && !Number.isNaN(Date.parse(lastModified)));
        assert.equal(first.headers.get('vary'), 'Accept');
        const again = await fetch(url, { headers: { accept: format.type } });
        assert.equal(again.headers.get('etag'), etag, `${what}: the same bytes, the same tag`);
        const byTag = await fetch(url, { headers: { accept: format.type, 'if-none-match': etag! } });
        assert.equal(byTag.status, 304, `${what}: If-None-Match`);
        assert.equal(await byTag.text(), '');
        const byDate = await fetch(url, { headers: { accept: format.type, 'if-modified-since': lastModified } });
        assert.equal(byDate.status, 304, `${what}: If-Modified-Since`);
        const stale = await fetch(url, { headers: { accept: format.type, 'if-none-match': '"something-else"' } });
        assert.equal(stale.status, 200);
      }
    });
  }

  test('gives every representation of a record its own ETag', async () => {
    const tags = new Set<string>();
    for (const format of RECORD_FORMATS) {
      tags.add((await fetch(`${catalog.running.url}materials/${catalog.current}`, { headers: { accept: format.type } })).headers.get('etag')!);
    }
    assert.equal(tags.size, RECORD_FORMATS.length);
  });

  test('always answers a tombstone with its body, even to a matching If-None-Match', async () => {
    const url = `${catalog.running.url}materials/${catalog.withdrawn}`;
    const first = await fetch(url, { headers: { accept: 'application/ld+json' } });
    assert.equal(first.status, 410);
    const etag = first.headers.get('etag')!;
    assert.equal(etag, (await fetch(url, { headers: { accept: 'application/ld+json' } })).headers.get('etag'), 'a stable tag');
    const again = await fetch(url, { headers: { accept: 'application/ld+json', 'if-none-match': etag } });
    assert.equal(again.status, 410);
    assert.ok((await again.text()).length > 0);
  });

  test('answers 304 for the version history and the linkset too', async () => {
    for (const path of [`materials/${catalog.current}/versions`, `materials/${catalog.current}/linkset`]) {
      const first = await fetch(`${catalog.running.url}${path}`);
      assert.equal(first.status, 200);
      const again = await fetch(`${catalog.running.url}${path}`, { headers: { 'if-none-match': first.headers.get('etag')! } });
      assert.equal(again.status, 304, path);
    }
  });
});
