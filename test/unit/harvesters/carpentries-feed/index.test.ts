import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type { HarvestContext, SourceReader } from '../../../../harvesters/Harvester.js';
import { carpentriesFeed } from '../../../../harvesters/carpentries-feed/index.js';
import { FeedFormatError } from '../../../../harvesters/carpentries-feed/FeedFormatError.js';
import type { HarvestedMaterial } from '../../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { localReader } from '../../../helpers/localReader.js';
import { mirrorReader } from './mirrorReader.js';

const CARPENTRIES = 'test/fixtures/carpentries-feed/carpentries.community_lessons.snapshot-2020-10-02.json';
const HPC = 'test/fixtures/carpentries-feed/hpc-carpentry.community_lessons.snapshot-2021-04-20.json';

function contextWith(reader: SourceReader, signal = new AbortController().signal): HarvestContext {
  return { sourceId: 'carpentries-community', reader, logger: pino({ level: 'silent' }), signal };
}

/** A reader over documents held in memory, for feeds too broken to keep as fixtures. */
function memoryReader(documents: Record<string, string | Uint8Array>): SourceReader {
  const bytes = (location: string): Uint8Array | undefined => {
    const document = documents[location];
    return typeof document === 'string' ? new TextEncoder().encode(document) : document;
  };
  return {
    readText: async (location) => {
      const document = bytes(location);
      return document && new TextDecoder().decode(document);
    },
    readBytes: async (location) => bytes(location),
    listDirectory: async () => undefined,
    resolve: (base, relative) => new URL(relative, base).href,
  };
}

async function collect(iterable: AsyncIterable<HarvestedMaterial | ItemError>): Promise<Array<HarvestedMaterial | ItemError>> {
  const results: Array<HarvestedMaterial | ItemError> = [];
  for await (const result of iterable) results.push(result);
  return results;
}

describe('carpentriesFeed', () => {
  it('is the carpentries-feed kind', () => {
    assert.equal(carpentriesFeed.kind, 'carpentries-feed');
  });

  it('reads one location as a one-feed source', () => {
    assert.deepEqual(carpentriesFeed.optionsFor(CARPENTRIES), { feeds: [CARPENTRIES] });
  });

  it('accepts a list of feeds and rejects options without one', () => {
    assert.deepEqual(carpentriesFeed.options.parse({ feeds: ['https://feeds.carpentries.org/lessons.json'] }), {
      feeds: ['https://feeds.carpentries.org/lessons.json'],
    });
    for (const options of [{}, { feeds: [] }, { feeds: 'lessons.json' }, { feeds: [''] }]) {
      assert.equal(carpentriesFeed.options.safeParse(options).success, false, JSON.stringify(options));
    }
  });

  it('accepts enrich as true, false or a mirror, and nothing else', () => {
    for (const enrich of [true, false, { mirror: 'snapshot' }]) assert.equal(carpentriesFeed.options.safeParse({ feeds: ['f.json'], enrich }).success, true);
    for (const enrich of ['yes', { mirror: '' }, { mirror: 'm', extra: 1 }]) assert.equal(carpentriesFeed.options.safeParse({ feeds: ['f.json'], enrich }).success, false, JSON.stringify(enrich));
  });

  it('enriches each entry whose repository holds a lesson, in feed order, and keeps the others as the feed gives them', async () => {
    const results = await collect(carpentriesFeed.harvest({ feeds: [HPC], enrich: { mirror: 'mirror' } }, contextWith(mirrorReader())));
    assert.deepEqual(results.map((result) => (result as HarvestedMaterial).material.name), [
      'Introduction to High-Performance Computing', 'Materials to teach terminal fundamentals for HPC users', 'HPC Python lesson materials', 'HPC Chapel lesson materials',
    ]);
    assert.deepEqual(results.map((result) => (result as HarvestedMaterial).location), ['mirror/hpc-carpentry/hpc-intro', HPC, HPC, HPC]);
  });

  it('harvests every entry of every feed, in order, each with its feed as location', async () => {
    const results = await collect(carpentriesFeed.harvest({ feeds: [CARPENTRIES, HPC] }, contextWith(localReader())));
    assert.equal(results.length, 46);
    assert.ok(results.every((result) => !(result instanceof ItemError)));
    assert.deepEqual([...new Set(results.map((result) => (result as HarvestedMaterial).location))], [CARPENTRIES, HPC]);
    assert.equal((results[42] as HarvestedMaterial).material.name, 'Intro to HPC lesson materials');
  });

  it('yields an item error for a broken entry and goes on with the next ones', async () => {
    const feed = JSON.stringify([{ repo: 'a', rendered_site: 'https://a.example/' }, 7, { description: 'B', rendered_site: 'https://b.example/' }], null, 1);
    const results = await collect(carpentriesFeed.harvest({ feeds: ['feed.json'] }, contextWith(memoryReader({ 'feed.json': feed }))));
    assert.equal(results.length, 3);
    assert.ok(results[0] instanceof ItemError);
    assert.equal(results[0].toString(), 'feed.json:2: entry [0] (a): no title: the repository description is missing or empty');
    assert.ok(results[1] instanceof ItemError);
    assert.equal(results[1].line, 6);
    assert.equal((results[2] as HarvestedMaterial).material.name, 'B');
  });

  for (const [what, document] of [
    ['is missing', undefined],
    ['is truncated', '[{"description": "A", "rendered_site": "https://a.example/"}, {"descr'],
    ['is not JSON', '<html>rate limited</html>'],
    ['is not an array', '{"message": "Not Found"}'],
  ] as const) {
    it(`fails the whole source, before yielding anything, when one of its feeds ${what}`, async () => {
      const good = '[{"description": "A", "rendered_site": "https://a.example/"}]';
      const reader = memoryReader(document === undefined ? { 'good.json': good } : { 'good.json': good, 'bad.json': document });
      const yielded: unknown[] = [];
      await assert.rejects(async () => {
        for await (const result of carpentriesFeed.harvest({ feeds: ['good.json', 'bad.json'] }, contextWith(reader))) yielded.push(result);
      }, (error: unknown) => error instanceof FeedFormatError && error.location === 'bad.json');
      assert.deepEqual(yielded, []);
    });
  }

  it('stops when the run is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(collect(carpentriesFeed.harvest({ feeds: [CARPENTRIES] }, contextWith(localReader(), controller.signal))));
  });
});
