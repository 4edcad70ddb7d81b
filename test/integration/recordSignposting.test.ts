import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { RECORD_FORMATS } from '../../src/http/records/recordFormats.js';
import { SCHEMA } from '../../src/vocab/index.js';
import { parseLinkHeader, type ParsedLink } from '../helpers/parseLinkHeader.js';
import { catalogWithStates, type CatalogWithStates } from '../helpers/recordStates.js';
import { TEST_BASE_URL, TEST_PID_BASE } from '../helpers/startCatalog.js';

const MACHINE_TYPES = RECORD_FORMATS.filter((f) => f.type !== 'text/html').map((f) => f.type);
const rel = (links: ParsedLink[], name: string): ParsedLink[] => links.filter((l) => l.rel.split(' ').includes(name));

describe('FAIR Signposting of records', () => {
  let catalog: CatalogWithStates;
  before(async () => {
    catalog = await catalogWithStates();
  });
  after(async () => {
    await catalog.stop();
  });

  for (const format of RECORD_FORMATS) {
    test(`signposts the record answered as ${format.label} with cite-as, describedby, type, license, author, item and linkset`, async () => {
      const response = await fetch(`${catalog.running.url}materials/${catalog.current}`, { headers: { accept: format.type } });
      assert.equal(response.status, 200);
      const links = parseLinkHeader(response.headers.get('link') ?? '');
      assert.deepEqual(rel(links, 'cite-as').map((l) => l.href), [`${TEST_PID_BASE}materials/${catalog.current}`]);
      assert.deepEqual(rel(links, 'describedby').map((l) => l.type), MACHINE_TYPES);
      assert.ok(rel(links, 'type').some((l) => l.href === SCHEMA.LearningResource));
      assert.ok(rel(links, 'type').some((l) => l.href === SCHEMA.AboutPage));
      assert.deepEqual(rel(links, 'license').map((l) => l.href), ['https://spdx.org/licenses/CC-BY-4.0']);
      const authors = rel(links, 'author');
      assert.ok(authors.length > 0 && authors.length <= 10 && authors.every((l) => /^https:\/\/orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(l.href)));
      assert.deepEqual(rel(links, 'item').map((l) => [l.href, l.type]), [['https://swcarpentry.github.io/shell-novice/', 'text/html']]);
      assert.deepEqual(rel(links, 'linkset').map((l) => l.type), ['application/linkset+json', 'application/linkset']);
    });
  }

  test('signposts a tombstone too, so that a withdrawn record stays citable', async () => {
    const response = await fetch(`${catalog.running.url}materials/${catalog.withdrawn}`);
    assert.equal(response.status, 410);
    const links = parseLinkHeader(response.headers.get('link') ?? '');
    assert.deepEqual(rel(links, 'cite-as').map((l) => l.href), [`${TEST_PID_BASE}materials/${catalog.withdrawn}`]);
    assert.equal(rel(links, 'describedby').length, MACHINE_TYPES.length);
  });

  test('every describedby link answers in the type it announces', async () => {
    const response = await fetch(`${catalog.running.url}materials/${catalog.current}`);
    for (const link of rel(parseLinkHeader(response.headers.get('link') ?? ''), 'describedby')) {
      const described = await fetch(link.href.replace(TEST_BASE_URL, catalog.running.url));
      assert.equal(described.status, 200, link.href);
      assert.equal(described.headers.get('content-type')?.split(';')[0], link.type);
    }
  });

  test('repeats the signposts as link elements in the HTML head, with the JSON-LD embedded', async () => {
    const $ = cheerio.load(await (await fetch(`${catalog.running.url}materials/${catalog.current}`)).text());
    assert.equal($('link[rel="cite-as"]').attr('href'), `${TEST_PID_BASE}materials/${catalog.current}`);
    assert.equal($('link[rel="describedby"]').length, MACHINE_TYPES.length);
    assert.equal(JSON.parse($('script[type="application/ld+json"]').text())['@id'], `${TEST_PID_BASE}materials/${catalog.current}`);
    assert.match($('pre.cite').first().text(), new RegExp(`Available at: ${TEST_PID_BASE}materials/${catalog.current}`));
  });

  test('serves the linkset as application/linkset+json with every link of the record and describes links back', async () => {
    const response = await fetch(`${catalog.running.url}materials/${catalog.current}/linkset`, { headers: { accept: 'application/linkset+json' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type')?.split(';')[0], 'application/linkset+json');
    const { linkset } = (await response.json()) as { linkset: Record<string, string | { href: string; type?: string }[]>[] };
    const landing = linkset[0]!;
    assert.equal(landing.anchor, `${TEST_BASE_URL}materials/${catalog.current}`);
    assert.deepEqual((landing['cite-as'] as { href: string }[]).map((t) => t.href), [`${TEST_PID_BASE}materials/${catalog.current}`]);
    assert.deepEqual((landing.describedby as { type: string }[]).map((t) => t.type), MACHINE_TYPES);
    assert.ok((landing.author as unknown[]).length > 10, 'the linkset lists every ORCID author, the header only the first ten');
    assert.equal(linkset.filter((context) => context.describes).length, MACHINE_TYPES.length);
  });

  test('serves the linkset as application/linkset with anchors', async () => {
    const response = await fetch(`${catalog.running.url}materials/${catalog.current}/linkset`, { headers: { accept: 'application/linkset' } });
    assert.equal(response.headers.get('content-type')?.split(';')[0], 'application/linkset');
    const links = parseLinkHeader(await response.text());
    assert.ok(links.every((l) => l.anchor));
    assert.deepEqual(rel(links, 'cite-as').filter((l) => l.anchor === `${TEST_BASE_URL}materials/${catalog.current}`).map((l) => l.href), [`${TEST_PID_BASE}materials/${catalog.current}`]);
  });

  test('redirects the linkset of a merged-away id to the survivor\'s, and answers 404 for an unknown id', async () => {
    const merged = await fetch(`${catalog.running.url}materials/${catalog.loser}/linkset`, { redirect: 'manual' });
    assert.equal(merged.status, 301);
    assert.equal(merged.headers.get('location'), `/materials/${catalog.survivor}/linkset`);
    assert.equal((await fetch(`${catalog.running.url}materials/0000000000/linkset`)).status, 404);
  });

  test('shows a tombstone page with the name, last known metadata, when and why, and the citation', async () => {
    const stored = catalog.running.catalog.journal.get(catalog.withdrawn)!;
    const response = await fetch(`${catalog.running.url}materials/${catalog.withdrawn}`, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 410);
    const $ = cheerio.load(await response.text());
    assert.equal($('h1').text(), stored.record.material.name);
    assert.equal($('.tombstone time').attr('datetime'), stored.withdrawnAt);
    assert.ok($('.tombstone').text().includes(stored.withdrawnReason!));
    assert.ok($('dl.fields').text().includes(stored.record.material.url));
    assert.ok($('pre.cite').first().text().includes(`${TEST_PID_BASE}materials/${catalog.withdrawn}`));
  });
});
