import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataFactory } from 'n3';
import { buildFeedView } from '../../../../src/http/feed/buildFeedView.js';
import { feedItem, feedJsonLd } from '../../../../src/http/feed/feedJsonLd.js';
import { feedJsonLdBytes, feedNdjsonBytes } from '../../../../src/http/feed/feedJsonLdBytes.js';
import { feedQuads } from '../../../../src/http/feed/feedQuads.js';
import type { FeedQuery } from '../../../../src/http/feed/FeedQuery.js';
import { FeedReader } from '../../../../src/journal/FeedReader.js';
import type { FeedCursor } from '../../../../src/journal/FeedPage.js';
import { harvest, lesson, memoryJournal, TEST_IRIS } from '../../../helpers/journalRecords.js';
import { jsonLdToQuads } from '../../../helpers/jsonLdToQuads.js';
import { sameGraph } from '../../../helpers/rdf.js';

const CATALOG = { title: 'Test "catalog" ✓', description: 'Lessons\nfor tests', license: 'https://spdx.org/licenses/CC0-1.0' };

describe('feedJsonLdBytes', () => {
  const journal = memoryJournal();
  harvest(journal, 'feed', Array.from({ length: 12 }, (_, i) => lesson(`l${i}`, { description: `Lesson ${i}: “quotes”, tabs\tand ünïcödé` })));
  const reader = new FeedReader(journal);
  const ids = journal.db.prepare("SELECT id FROM materials ORDER BY id").pluck().all() as string[];
  const pages: [string, FeedCursor, number, [string, string][]][] = [
    ['the first page', undefined, 5, []],
    ['a middle page, with filters in its links', { after: ids[2]! }, 4, [['q', 'lesson & more'], ['keyword', 'shell']]],
    ['a page before a cursor', { before: ids[9]! }, 3, []],
    ['the empty page after the last record', { after: ids.at(-1)! }, 5, []],
  ];
  for (const [name, cursor, limit, filterParams] of pages) {
    const query: FeedQuery = { filter: { facets: {} }, cursor, limit, filterParams };
    const entries = buildFeedView('http://faircat.test/', query, reader.entries(query.filter, cursor, limit));
    const records = buildFeedView('http://faircat.test/', query, reader.records(query.filter, cursor, limit));

    it(`writes the bytes of the parsed and serialised page for ${name}`, () => {
      assert.equal(feedJsonLdBytes(entries, CATALOG, TEST_IRIS.context).toString('utf8'), JSON.stringify(feedJsonLd(records, CATALOG, TEST_IRIS.context)));
    });

    it(`writes the NDJSON lines of the parsed and serialised items for ${name}`, () => {
      const expected = records.records.map((record) => `${JSON.stringify({ '@context': TEST_IRIS.context, ...feedItem(record) })}\n`).join('');
      assert.equal(feedNdjsonBytes(entries.records, TEST_IRIS.context).toString('utf8'), expected);
    });
  }

  it('is JSON-LD that means the same graph as the page\'s triples, with the bundled context', async () => {
    const query: FeedQuery = { filter: { facets: {} }, cursor: { after: ids[1]! }, limit: 3, filterParams: [] };
    const entries = buildFeedView('http://faircat.test/', query, reader.entries(query.filter, query.cursor, query.limit));
    const records = buildFeedView('http://faircat.test/', query, reader.records(query.filter, query.cursor, query.limit));
    const fromJsonLd = await jsonLdToQuads(JSON.parse(feedJsonLdBytes(entries, CATALOG, TEST_IRIS.context).toString('utf8')));
    const triples = feedQuads(records, CATALOG, TEST_IRIS.material).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    assert.equal(entries.records.length, 3);
    assert.ok(sameGraph(fromJsonLd, triples));
  });
});
