import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { RECORD_FORMATS } from '../../src/http/records/recordFormats.js';
import { FAIRCAT } from '../../src/vocab/index.js';
import { parseRecordBody } from '../helpers/parseRecordBody.js';
import { catalogWithStates, type CatalogWithStates } from '../helpers/recordStates.js';
import { TEST_BASE_URL, TEST_PID_BASE } from '../helpers/startCatalog.js';

type State = 'current' | 'version' | 'merged' | 'withdrawn' | 'unknown';
const STATES: readonly State[] = ['current', 'version', 'merged', 'withdrawn', 'unknown'];
const EXPECTED_STATUS: Record<State, number> = { current: 200, version: 200, merged: 301, withdrawn: 410, unknown: 404 };

describe('a record in every format and every state', () => {
  let catalog: CatalogWithStates;
  const pathOf = (state: State): string => {
    switch (state) {
      case 'current': return `materials/${catalog.current}`;
      case 'version': return `materials/${catalog.current}/versions/1`;
      case 'merged': return `materials/${catalog.loser}`;
      case 'withdrawn': return `materials/${catalog.withdrawn}`;
      case 'unknown': return 'materials/0000000000';
    }
  };
  const nameOf = (id: string): string => catalog.running.catalog.journal.get(id)!.record.material.name;
  before(async () => {
    catalog = await catalogWithStates();
  });
  after(async () => {
    await catalog.stop();
  });

  for (const format of RECORD_FORMATS) {
    for (const state of STATES) {
      test(`answers ${EXPECTED_STATUS[state]} to a ${state} record asked for as ${format.label} (${format.type})`, async () => {
        const url = `${catalog.running.url}${pathOf(state)}`;
        const response = await fetch(url, { headers: { accept: format.type }, redirect: 'manual' });
        assert.equal(response.status, EXPECTED_STATUS[state]);
        const body = await response.text();
        const contentType = response.headers.get('content-type') ?? '';
        if (state === 'unknown') {
          assert.match(contentType, /^(text\/plain|application\/problem\+json|text\/html)/);
          if (contentType.startsWith('application/problem+json')) assert.equal((JSON.parse(body) as { status: number }).status, 404);
          else if (contentType.startsWith('text/html')) assert.match(cheerio.load(body)('h1').text(), /Not Found/);
          else assert.match(body, /^404 Not Found/);
          return;
        }
        if (state === 'merged') {
          assert.equal(response.headers.get('location'), `/materials/${catalog.survivor}`);
          const followed = await fetch(new URL(response.headers.get('location')!, url), { headers: { accept: format.type } });
          assert.equal(followed.status, 200);
          assert.equal(followed.headers.get('content-type')?.split(';')[0], format.type);
          const parsed = await parseRecordBody(format.type, await followed.text(), `${TEST_PID_BASE}materials/${catalog.survivor}`, `${TEST_BASE_URL}context.jsonld`);
          assert.deepEqual(parsed.problems, []);
          assert.equal(parsed.title, nameOf(catalog.survivor));
          return;
        }
        assert.equal(contentType.split(';')[0], format.type);
        assert.equal(response.headers.get('vary'), 'Accept');
        const id = state === 'withdrawn' ? catalog.withdrawn : catalog.current;
        const parsed = await parseRecordBody(format.type, body, `${TEST_PID_BASE}materials/${id}`, `${TEST_BASE_URL}context.jsonld`);
        assert.deepEqual(parsed.problems, []);
        assert.equal(parsed.title, nameOf(id));
        if (state === 'withdrawn' && parsed.quads) {
          assert.ok(parsed.quads.some((q) => q.predicate.value === FAIRCAT.withdrawnAt), 'the tombstone says when the record was withdrawn');
          assert.ok(parsed.quads.some((q) => q.predicate.value === FAIRCAT.withdrawalReason), 'the tombstone says why');
        }
        if (state === 'version') {
          assert.ok(response.headers.get('memento-datetime'), 'a version is a Memento');
          if (format.type === 'application/x-bibtex' || format.type === 'application/x-research-info-systems' || format.type === 'application/vnd.citationstyles.csl+json') {
            assert.ok(body.includes(`${TEST_PID_BASE}materials/${catalog.current}/versions/1`), 'the citation names the version');
          }
        }
      });
    }
  }

  const aliases: [string, string][] = RECORD_FORMATS.map((f) => [f.format, f.type]);
  aliases.push(['json', 'application/ld+json'], ['turtle', 'text/turtle'], ['bib', 'application/x-bibtex'], ['datacite', 'application/vnd.datacite.datacite+json'], ['application/x-bibtex', 'application/x-bibtex']);
  for (const [format, type] of aliases) {
    test(`serves ?format=${format} as ${type} whatever Accept says`, async () => {
      const response = await fetch(`${catalog.running.url}materials/${catalog.current}?format=${encodeURIComponent(format)}`, { headers: { accept: 'text/html' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type')?.split(';')[0], type);
    });
  }

  test('keeps ?format= across the 301 of a merged-away id', async () => {
    const response = await fetch(`${catalog.running.url}materials/${catalog.loser}?format=ris`, { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), `/materials/${catalog.survivor}?format=ris`);
  });

  test('answers 406 listing every offered format to an Accept it cannot meet, and to an unknown ?format=', async () => {
    for (const [query, accept] of [['', 'image/png'], ['?format=docx', 'text/html']] as const) {
      const response = await fetch(`${catalog.running.url}materials/${catalog.current}${query}`, { headers: { accept } });
      assert.equal(response.status, 406);
      const body = await response.text();
      for (const format of RECORD_FORMATS) assert.ok(body.includes(format.type), `406 names ${format.type}`);
    }
  });
});
