import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StoredRecord } from '../../src/journal/StoredRecord.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

const HPC_FEED = resolve('test/fixtures/carpentries-feed/hpc-carpentry.community_lessons.snapshot-2021-04-20.json');
const HPC_INTRO = resolve('test/fixtures/carpentries-legacy/hpc-intro');

function activeRecords(running: RunningCatalog): StoredRecord[] {
  return running.catalog.journal.listActive({ limit: 10_000 });
}

function kindsOf(record: StoredRecord): string[] {
  return record.record.provenance.map((provenance) => provenance.sourceKind);
}

async function askName(url: string, name: string): Promise<boolean> {
  const query = `PREFIX schema: <http://schema.org/> ASK { ?m a schema:LearningResource ; schema:name ${JSON.stringify(name)} }`;
  const response = await fetch(`${url}sparql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
  assert.equal(response.status, 200);
  return ((await response.json()) as { boolean: boolean }).boolean;
}

describe('the demo snapshot, harvested and served as npm start does', () => {
  let running: RunningCatalog;
  before(async () => {
    running = await startCatalog();
  });
  after(async () => {
    await running.stop({ removeData: true });
  });

  test('holds lessons of four lesson harvester kinds: Workbench, legacy styles, Sphinx and the Carpentries feeds', () => {
    const kinds = new Set(activeRecords(running).flatMap(kindsOf));
    for (const kind of ['carpentries-workbench', 'carpentries-legacy', 'sphinx-lesson', 'carpentries-feed']) assert.ok(kinds.has(kind), `${kind} in ${[...kinds].join(', ')}`);
  });

  const lessons: [kind: string, name: string][] = [
    ['carpentries-workbench', 'The Unix Shell'],
    ['carpentries-legacy', 'Introduction to High-Performance Computing'],
    ['sphinx-lesson', 'Introduction to version control'],
    ['sphinx-lesson', 'GPU programming: why, when and how?'],
    ['carpentries-feed', 'Intro to HPC lesson materials'],
  ];
  for (const [kind, name] of lessons) {
    test(`serves "${name}" (${kind}) through SPARQL and as a record page`, async () => {
      const stored = activeRecords(running).find((record) => record.record.material.name === name);
      assert.ok(stored, `a record named ${name}`);
      assert.ok(kindsOf(stored).includes(kind), kindsOf(stored).join(', '));
      assert.equal(await askName(running.url, name), true);
      const page = await fetch(`${running.url}materials/${stored.id}`, { headers: { accept: 'text/html' } });
      assert.equal(page.status, 200);
      assert.ok((await page.text()).includes(name.replace(/&/g, '&amp;')), 'the record page names the lesson');
    });
  }
});

describe('a Carpentries feed source that enriches its entries from a mirror of their repositories', () => {
  let running: RunningCatalog;
  let mirror = '';
  before(async () => {
    mirror = mkdtempSync(join(tmpdir(), 'faircat-mirror-'));
    cpSync(HPC_INTRO, join(mirror, 'hpc-carpentry', 'hpc-intro'), { recursive: true });
    running = await startCatalog({
      configure: (raw) => {
        raw.sources = [{ id: 'hpc-carpentry-feed', kind: 'carpentries-feed', provider: 'hpc-carpentry', options: { feeds: [HPC_FEED], enrich: { mirror } } }];
      },
    });
  });
  after(async () => {
    await running.stop({ removeData: true });
    rmSync(mirror, { recursive: true, force: true });
  });

  test('makes the hpc-intro entry one record with its lesson\'s description and the feed\'s keywords and site', () => {
    const records = activeRecords(running);
    assert.equal(records.length, 4, 'one record per feed entry');
    const hpcIntro = records.find((record) => record.record.material.repository === 'https://github.com/hpc-carpentry/hpc-intro');
    assert.ok(hpcIntro);
    const { material } = hpcIntro.record;
    assert.equal(material.name, 'Introduction to High-Performance Computing');
    assert.deepEqual(material.alternateNames, ['Intro to HPC lesson materials']);
    assert.equal(material.url, 'http://hpc-carpentry.org/hpc-intro/');
    assert.deepEqual(material.keywords, ['HPC']);
    assert.equal(material.license, 'https://spdx.org/licenses/CC-BY-4.0');
    assert.equal(material.hasPart.length, 1);
    assert.equal(material.authors.length, 6);
    assert.deepEqual(kindsOf(hpcIntro), ['carpentries-feed']);
  });

  test('reports which fields each enriched record took from the feed entry', () => {
    const [run] = running.catalog.journal.listRuns({ sourceId: 'hpc-carpentry-feed', limit: 1 });
    assert.equal(run?.status, 'applied');
    assert.ok(run.problems.some((problem) => /enriched with the carpentries-legacy lesson .*from the feed entry .*keywords/.test(problem.message)), JSON.stringify(run.problems));
    assert.equal(run.problems.filter((problem) => problem.message.includes('the feed entry alone describes the lesson')).length, 3);
  });
});

describe('a lesson source and a feed source that name the same repository', () => {
  let running: RunningCatalog;
  before(async () => {
    running = await startCatalog({
      configure: (raw) => {
        raw.sources = [
          { id: 'hpc-intro-lesson', kind: 'carpentries-legacy', provider: 'hpc-carpentry', priority: 10, options: { lessons: [{ location: HPC_INTRO, repository: 'hpc-carpentry/hpc-intro' }] } },
          { id: 'hpc-carpentry-feed', kind: 'carpentries-feed', provider: 'hpc-carpentry', priority: 50, options: { feeds: [HPC_FEED] } },
        ];
      },
    });
  });
  after(async () => {
    await running.stop({ removeData: true });
  });

  test('become one record, merged in the journal, with the provenance of both and the lesson\'s fields first', () => {
    const records = activeRecords(running).filter((record) => record.record.material.repository === 'https://github.com/hpc-carpentry/hpc-intro');
    assert.equal(records.length, 1);
    const [record] = records;
    assert.ok(record);
    assert.deepEqual(kindsOf(record).sort(), ['carpentries-feed', 'carpentries-legacy']);
    assert.equal(record.record.material.name, 'Introduction to High-Performance Computing');
    assert.equal(record.record.material.inLanguage, 'en', 'the lesson states no language; the feed\'s fills the gap');
    const supplied = Object.fromEntries(record.record.provenance.map((provenance) => [provenance.sourceKind, provenance.supplied ?? []]));
    assert.ok(supplied['carpentries-legacy']?.includes('name'));
    assert.ok(supplied['carpentries-feed']?.includes('inLanguage'));
  });
});
