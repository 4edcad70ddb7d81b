import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FeedReader } from '../../../src/journal/FeedReader.js';
import type { FeedFilter } from '../../../src/journal/FeedFilter.js';
import { ensureFacetIndex } from '../../../src/journal/indexFacets.js';
import type { FeedCursor } from '../../../src/journal/FeedPage.js';
import { harvest, lesson, memoryJournal } from '../../helpers/journalRecords.js';
import { listFeedPage } from '../../helpers/listFeedPage.js';

function catalog(size: number) {
  const journal = memoryJournal();
  ensureFacetIndex(journal);
  const lessons = Array.from({ length: size }, (_, i) => lesson(`l${String(i).padStart(2, '0')}`, { keywords: i % 3 === 0 ? ['shell', 'git'] : ['python'], inLanguage: i % 2 === 0 ? 'en-GB' : 'de' }));
  harvest(journal, 'feed', lessons);
  return journal;
}

describe('FeedReader', () => {
  const journal = catalog(25);
  const ids = (journal.db.prepare("SELECT id FROM materials WHERE status = 'active' ORDER BY id").pluck().all() as string[]);
  const cases: [string, FeedFilter, FeedCursor, number][] = [
    ['the first page', { facets: {} }, undefined, 10],
    ['a page after a cursor', { facets: {} }, { after: ids[4]! }, 10],
    ['the last, short page', { facets: {} }, { after: ids[20]! }, 10],
    ['a page before a cursor', { facets: {} }, { before: ids[15]! }, 6],
    ['a keyword', { facets: { keyword: ['git'] } }, undefined, 4],
    ['two facets and a cursor', { facets: { keyword: ['python'], language: ['en'] } }, { after: ids[3]! }, 3],
    ['a text query', { text: 'l1', facets: {} }, undefined, 50],
    ['modified since the future', { facets: {}, modifiedSince: '2999-01-01T00:00:00.000Z' }, undefined, 5],
  ];
  for (const [name, filter, cursor, limit] of cases) {
    it(`reads the same page as listFeedPage for ${name}, whole records and entries alike`, () => {
      const reader = new FeedReader(journal);
      const expected = listFeedPage(journal, filter, cursor, limit);
      assert.equal(expected.records.length > 0, filter.modifiedSince === undefined, 'only the future filter selects nothing');
      const records = reader.records(filter, cursor, limit);
      const entries = reader.entries(filter, cursor, limit);
      assert.deepEqual(records, expected);
      assert.deepEqual(entries.records.map((e) => e.id), expected.records.map((r) => r.id));
      assert.equal(entries.hasMore, expected.hasMore);
      assert.equal(entries.total, expected.total);
    });
  }

  it('gives each entry its stored JSON-LD bytes and the record\'s created and modified times', () => {
    const page = new FeedReader(journal).entries({ facets: {} }, undefined, 5);
    const stored = listFeedPage(journal, { facets: {} }, undefined, 5).records;
    assert.equal(page.records.length, 5);
    page.records.forEach((entry, i) => {
      assert.ok(Buffer.isBuffer(entry.jsonld));
      assert.equal(entry.jsonld.toString('utf8'), stored[i]!.jsonld);
      assert.equal(entry.created, stored[i]!.record.created);
      assert.equal(entry.modified, stored[i]!.record.modified);
    });
  });

  it('counts the matching records again once a harvest changed the catalog', () => {
    const small = catalog(3);
    const reader = new FeedReader(small);
    assert.equal(reader.entries({ facets: {} }, undefined, 2).total, 3);
    assert.equal(reader.entries({ facets: { keyword: ['git'] } }, undefined, 2).total, 1);
    harvest(small, 'other', [lesson('new', { keywords: ['git'] })]);
    assert.equal(reader.entries({ facets: {} }, undefined, 2).total, 4);
    assert.equal(reader.records({ facets: { keyword: ['git'] } }, undefined, 2).total, 2);
  });
});
