import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type { IncrementalState, SourceReader } from '../../../../harvesters/Harvester.js';
import { faircat } from '../../../../harvesters/faircat/index.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';

const ORIGIN = 'http://origin.test/';
const record = (n: number) => ({ '@id': `https://w3id.org/o/materials/m${n}`, '@type': 'LearningResource', name: `Lesson ${n}`, description: 'd', url: `https://lessons.test/${n}/` });
const feedPage = (items: unknown[], next?: string) => ({
  '@context': `${ORIGIN}context.jsonld`, '@type': ['DataFeed', 'hydra:Collection'],
  'hydra:view': { '@id': 'x', ...(next ? { 'hydra:next': next } : {}) },
  dataFeedElement: items.map((item) => ({ '@type': 'DataFeedItem', item })),
});

/** A reader serving JSON documents by URL, recording what was asked. */
function reader(documents: Record<string, unknown>): SourceReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async readText(location) {
      asked.push(location);
      return location in documents ? JSON.stringify(documents[location]) : undefined;
    },
    async readBytes(location) {
      asked.push(location);
      return location in documents ? Buffer.from(JSON.stringify(documents[location])) : undefined;
    },
    async listDirectory() {
      return undefined;
    },
    resolve: (base, relative) => new URL(relative, base).href,
  };
}

function state(position?: string): IncrementalState & { advanced?: { position: string; partial: boolean }; withdrawn: string[] } {
  const s: IncrementalState & { advanced?: { position: string; partial: boolean }; withdrawn: string[] } = {
    position, withdrawn: [],
    advance(to, options) {
      s.advanced = { position: to, partial: options.partial };
    },
    withdraw(location) {
      s.withdrawn.push(location);
    },
  };
  return s;
}

async function harvest(documents: Record<string, unknown>, incremental: IncrementalState, initial: 'dump' | 'feed' = 'dump') {
  const items: (HarvestedMaterial | ItemError)[] = [];
  const r = reader(documents);
  for await (const item of faircat.harvest({ url: ORIGIN, initial }, { sourceId: 's', reader: r, logger: pino({ level: 'silent' }), signal: new AbortController().signal, incremental })) items.push(item);
  return { items, asked: r.asked };
}

describe('the faircat harvester', () => {
  const entry = (total: number) => ({ id: 'http://o.test/changes', type: 'OrderedCollection', totalItems: total, last: { id: 'http://o.test/changes/page/1' } });

  it('reads the whole catalog from the feed on its first run when the origin has no dump, and starts following at the stream\'s length', async () => {
    const s = state();
    const { items, asked } = await harvest({
      [`${ORIGIN}changes`]: entry(150),
      [`${ORIGIN}materials?limit=200`]: feedPage([record(1), record(2)], 'http://public.test/materials?limit=200&after=m2'),
      [`${ORIGIN}materials?limit=200&after=m2`]: feedPage([record(3), { '@id': 'nope' }]),
    }, s);
    assert.deepEqual(items.filter((i): i is HarvestedMaterial => !(i instanceof ItemError)).map((i) => i.location), [1, 2, 3].map((n) => record(n)['@id']));
    assert.equal(items.filter((i) => i instanceof ItemError).length, 1);
    assert.ok(asked.includes(`${ORIGIN}dumps/catalog.jsonld.gz`));
    assert.deepEqual(s.advanced, { position: JSON.stringify({ collection: 'http://o.test/changes', index: 150 }), partial: false });
  });

  it('follows the change stream from its position: withdraws what was deleted, re-reads what changed since the oldest pending change', async () => {
    const s = state(JSON.stringify({ collection: 'http://o.test/changes', index: 99 }));
    const { items, asked } = await harvest({
      [`${ORIGIN}changes`]: entry(102),
      [`${ORIGIN}changes/page/1`]: {
        type: 'OrderedCollectionPage', startIndex: 100, prev: { id: 'http://o.test/changes/page/0' },
        orderedItems: [
          { type: 'Delete', object: { id: record(7)['@id'] }, endTime: '2024-01-02T00:00:00.000Z' },
          { type: 'Update', object: { id: record(8)['@id'] }, endTime: '2024-01-03T00:00:00.000Z' },
        ],
      },
      [`${ORIGIN}changes/page/0`]: {
        type: 'OrderedCollectionPage', startIndex: 0,
        orderedItems: Array.from({ length: 100 }, (_, i) => ({ type: i === 99 ? 'Update' : 'Create', object: { id: record(i === 99 ? 9 : 50)['@id'] }, endTime: i === 99 ? '2024-01-01T00:00:00.000Z' : '2023-01-01T00:00:00.000Z' })),
      },
      [`${ORIGIN}materials?modifiedSince=2024-01-01T00%3A00%3A00.000Z&limit=200`]: feedPage([record(8), record(9)]),
    }, s);
    assert.deepEqual(s.withdrawn, [record(7)['@id']]);
    assert.deepEqual(items.map((i) => (i as HarvestedMaterial).location), [record(8)['@id'], record(9)['@id']]);
    assert.deepEqual(s.advanced, { position: JSON.stringify({ collection: 'http://o.test/changes', index: 102 }), partial: true });
    assert.ok(!asked.some((url) => url.includes('dumps')));
  });

  it('reads nothing but the entry point when nothing changed', async () => {
    const position = JSON.stringify({ collection: 'http://o.test/changes', index: 5 });
    const s = state(position);
    const { items, asked } = await harvest({ [`${ORIGIN}changes`]: entry(5) }, s);
    assert.deepEqual(items, []);
    assert.deepEqual(asked, [`${ORIGIN}changes`]);
    assert.deepEqual(s.advanced, { position, partial: true });
  });

  it('reads the whole catalog again when the origin stream is shorter than the position (a new origin)', async () => {
    const s = state(JSON.stringify({ collection: 'http://o.test/changes', index: 500 }));
    await harvest({ [`${ORIGIN}changes`]: entry(3), [`${ORIGIN}materials?limit=200`]: feedPage([record(1)]) }, s, 'feed');
    assert.equal(s.advanced?.partial, false);
  });

  it('fails the run when the origin is no FAIRCat', async () => {
    await assert.rejects(harvest({ [`${ORIGIN}changes`]: { hello: 'world' } }, state()), /OrderedCollection/);
  });
});
