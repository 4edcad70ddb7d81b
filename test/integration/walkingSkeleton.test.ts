import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { RecordValidator } from '../../src/model/RecordValidator.js';
import { parseRdf } from '../helpers/rdf.js';
import { startCatalog, TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';

const COUNT_RECORDS = `PREFIX schema: <http://schema.org/>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a schema:LearningResource ; dct:conformsTo ?profile }`;

interface FeedPage {
  '@context': string;
  'hydra:totalItems': number;
  'hydra:view': { 'hydra:next'?: { '@id': string } };
  dataFeedElement: { item: Record<string, unknown> }[];
}

async function sparqlCount(url: string): Promise<number> {
  const response = await fetch(`${url}sparql?query=${encodeURIComponent(COUNT_RECORDS)}`, { headers: { accept: 'application/sparql-results+json' } });
  assert.equal(response.status, 200);
  const body = (await response.json()) as { results: { bindings: { n: { value: string } }[] } };
  return Number(body.results.bindings[0]?.n.value);
}

async function allFeedItems(url: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let next: string | undefined = `${url}materials?limit=20`;
  while (next) {
    const page = (await (await fetch(next, { headers: { accept: 'application/ld+json' } })).json()) as FeedPage;
    items.push(...page.dataFeedElement.map((element) => element.item));
    const link = page['hydra:view']['hydra:next']?.['@id'];
    next = link ? link.replace(/^https?:\/\/[^/]+\//, url) : undefined;
  }
  return items;
}

describe('the demo catalog, harvested from the bundled snapshot and served over HTTP', () => {
  let running: RunningCatalog;
  before(async () => {
    running = await startCatalog();
  });
  after(async () => {
    await running.stop({ removeData: true });
  });

  test('counts at least five learning resources through SPARQL without a GRAPH clause', async () => {
    assert.ok((await sparqlCount(running.url)) >= 5);
  });

  test('lists every material in the feed with name, description, keywords, url and an SPDX licence where known', async () => {
    const items = await allFeedItems(running.url);
    assert.equal(items.length, running.catalog.journal.countActive());
    for (const item of items) {
      assert.equal(typeof item.name, 'string', JSON.stringify(item));
      assert.ok(String(item.description).length > 0);
      assert.ok(Array.isArray(item.keywords) || typeof item.keywords === 'string');
      assert.match(String(item.url), /^https?:\/\//);
      if (item.license !== undefined) assert.match(String(item.license), /^https:\/\/spdx\.org\/licenses\/[A-Za-z0-9.+-]+$/);
    }
    const shell = items.find((item) => item.name === 'The Unix Shell');
    assert.ok(shell, 'the Unix Shell lesson is in the feed');
    assert.equal(shell.license, 'https://spdx.org/licenses/CC-BY-4.0');
    assert.ok(Array.isArray(shell.author) && shell.author.length > 0, 'the Unix Shell names its authors');
  });

  test('answers a record as JSON-LD, Turtle and HTML by Accept, each describing the same material', async () => {
    const [first] = running.catalog.journal.listActive({ limit: 1 });
    assert.ok(first);
    const path = `${running.url}materials/${first.id}`;
    const iri = `${TEST_PID_BASE}materials/${first.id}`;

    const jsonld = await fetch(path, { headers: { accept: 'application/ld+json' } });
    assert.equal(jsonld.status, 200);
    assert.match(jsonld.headers.get('content-type') ?? '', /^application\/ld\+json/);
    assert.equal(((await jsonld.json()) as { '@id': string })['@id'], iri);

    const turtle = await fetch(path, { headers: { accept: 'text/turtle' } });
    assert.match(turtle.headers.get('content-type') ?? '', /^text\/turtle/);
    const quads = parseRdf(await turtle.text());
    assert.ok(quads.some((q) => q.subject.value === iri && q.predicate.value === 'http://schema.org/name'));

    const page = await fetch(path, { headers: { accept: 'text/html' } });
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const $ = cheerio.load(await page.text());
    assert.equal($('h1').first().text(), first.record.material.name);
    assert.equal(JSON.parse($('script[type="application/ld+json"]').text())['@id'], iri);
  });

  test('serves records that all pass the Bioschemas TrainingMaterial minimum shape', async () => {
    const validator = RecordValidator.fromOntology();
    for (const stored of running.catalog.journal.listActive({ limit: 1000 })) {
      const report = await validator.validate(parseRdf(stored.nquads));
      assert.ok(report.conforms, `${stored.id}: ${JSON.stringify(report.violations)}`);
    }
  });

  test('answers 404 for an id that was never minted', async () => {
    const response = await fetch(`${running.url}materials/0000000000`, { headers: { accept: 'application/json' } });
    assert.equal(response.status, 404);
  });
});

describe('the journal across restarts and re-harvests', () => {
  test('keeps the catalog after a restart and the ids after a re-harvest', async () => {
    const first = await startCatalog();
    const ids = first.catalog.journal.listActive({ limit: 1000 }).map((r) => r.id);
    assert.ok(ids.length >= 5);
    await first.stop();

    const second = await startCatalog({ dataDir: first.dataDir, harvest: false });
    try {
      assert.deepEqual(second.catalog.journal.listActive({ limit: 1000 }).map((r) => r.id), ids);
      assert.equal(await sparqlCount(second.url), ids.length);
      const reports = await second.catalog.runner.runAll(undefined);
      assert.ok(reports.every((r) => r.status === 'applied'));
      assert.ok(reports.every((r) => r.counts.new === 0 && r.counts.updated === 0), JSON.stringify(reports.map((r) => r.counts)));
      assert.deepEqual(second.catalog.journal.listActive({ limit: 1000 }).map((r) => r.id), ids);
    } finally {
      await second.stop({ removeData: true });
    }
  });
});

describe('a broken lesson in a source', () => {
  test('is reported as a per-item error while the other lessons load and stored records stay', async () => {
    const root = mkdtempSync(join(tmpdir(), 'faircat-broken-'));
    cpSync('examples/snapshot', join(root, 'snapshot'), { recursive: true });
    cpSync('examples/snapshot/swcarpentry/shell-novice', join(root, 'snapshot/broken-lesson'), { recursive: true });
    const brokenConfig = join(root, 'snapshot/broken-lesson/config.yaml');
    writeFileSync(brokenConfig, readFileSync(brokenConfig, 'utf8').replaceAll('shell-novice', 'shell-extras').replace(/^title: .*$/m, "title: 'The Unix Shell, extras'"));
    const configPath = join(root, 'demo.config.yaml');
    cpSync('examples/demo.config.yaml', configPath);
    const running = await startCatalog({
      configPath,
      configure: (raw) => {
        const sources = raw.sources as { id: string; options: { lessons?: string[] } }[];
        sources[0]!.options.lessons = ['snapshot/swcarpentry/shell-novice', 'snapshot/broken-lesson'];
      },
    });
    try {
      const before = running.catalog.journal.listActive({ limit: 1000 }).map((r) => r.id);
      assert.ok(running.catalog.journal.listActive({ limit: 1000 }).some((r) => r.record.material.name === 'The Unix Shell, extras'));
      writeFileSync(join(root, 'snapshot/broken-lesson/config.yaml'), 'title: "unterminated\nepisodes: [a, b\n');
      writeFileSync(join(root, 'snapshot/swcarpentry/shell-novice/episodes/01-intro.md'), '---\ntitle: [unclosed\n---\n:::::: objectives\n');
      const [report] = await running.catalog.runner.runAll(['swc-lessons']);
      assert.ok(report);
      assert.equal(report.status, 'applied');
      assert.ok(report.problems.some((p) => p.severity === 'error' && p.location.includes('broken-lesson') && /config\.yaml/.test(p.location + p.message)), JSON.stringify(report.problems));
      assert.ok(report.counts.read >= 1);
      assert.deepEqual(running.catalog.journal.listActive({ limit: 1000 }).map((r) => r.id), before);
    } finally {
      await running.stop({ removeData: true });
    }
  });
});
