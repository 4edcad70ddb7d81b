import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceStatuses } from '../../src/journal/sourceStatuses.js';
import { feedEntry, startFeedServer, type FeedServer } from '../helpers/feedServer.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

/**
 * The harvest rules of DESIGN §6 end to end: sources served over HTTP on loopback, harvested by the real runner
 * into a real journal, observed through the HTTP surface (`/materials/{id}`, `/harvests`, `/metrics`).
 */

const lessons = (names: readonly string[]): string => JSON.stringify(names.map((name) => feedEntry(name, `Lesson ${name} on research computing`)));
const TEN = Array.from({ length: 10 }, (_, i) => `lesson-${i}`);

let feeds: FeedServer;
let running: RunningCatalog;
let dir: string;

function config(url: string): string {
  const source = (id: string, provider: string, priority: number, path: string, extra = ''): string =>
    `  - { id: ${id}, kind: carpentries-feed, provider: ${provider}, priority: ${priority}, politeness: { delayMs: 0, attempts: 2 }${extra}, options: { feeds: ["${url}${path}"] } }`;
  return [
    'harvest: { onStart: never, withdrawAfterMissingRuns: 2, maxDropShare: 0.3 }',
    'providers: [{ id: incubator, name: The Carpentries Incubator }, { id: hpc, name: HPC Carpentry }]',
    'sources:',
    source('feed', 'incubator', 50, '/lessons.json'),
    source('hidden', 'incubator', 50, '/private/lessons.json'),
    source('left', 'incubator', 50, '/left.json'),
    source('right', 'hpc', 10, '/right.json'),
    '',
  ].join('\n');
}

async function harvest(sourceId: string, options: { force?: boolean } = {}) {
  const [report] = await running.catalog.runner.runAll([sourceId], options);
  assert.ok(report);
  return report;
}

function snapshot(): string {
  return JSON.stringify(running.catalog.journal.db.prepare('SELECT id, status, hash, version FROM materials ORDER BY id').all());
}

function idOf(repo: string): string {
  const row = running.catalog.journal.db.prepare('SELECT material_id FROM identity_keys WHERE key = ?').get(`repo:github.com/carpentries-incubator/${repo}`) as { material_id: string } | undefined;
  assert.ok(row, `no record for ${repo}`);
  return row.material_id;
}

async function metrics(): Promise<string> {
  const response = await fetch(`${running.url}metrics`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
  return response.text();
}

before(async () => {
  feeds = await startFeedServer();
  feeds.routes.set('/robots.txt', { body: 'User-agent: *\nDisallow: /private/\n', headers: { 'content-type': 'text/plain' } });
  dir = mkdtempSync(join(tmpdir(), 'faircat-rules-'));
  writeFileSync(join(dir, 'config.yaml'), config(feeds.url));
  running = await startCatalog({ configPath: join(dir, 'config.yaml'), harvest: false });
});

after(async () => {
  await running.stop({ removeData: true });
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('harvesting a source over HTTP', () => {
  test('applies a first run, then re-reads an unchanged source with a conditional request and writes nothing', async () => {
    feeds.routes.set('/lessons.json', { body: lessons(TEN), headers: { etag: '"v1"' } });
    const first = await harvest('feed');
    assert.deepEqual([first.status, first.counts.new], ['applied', 10]);
    const version = running.catalog.journal.catalogVersion();
    const second = await harvest('feed');
    assert.deepEqual([second.status, second.counts.unchanged, second.counts.new + second.counts.updated], ['applied', 10, 0]);
    assert.equal(second.http?.notModified, 1);
    assert.equal(feeds.requests.filter((r) => r.path === '/lessons.json').at(-1)?.headers['if-none-match'], '"v1"');
    assert.match(String(feeds.requests.find((r) => r.path === '/lessons.json')?.headers['user-agent']), /^FAIRCat\//);
    assert.equal(running.catalog.journal.catalogVersion(), version);
  });

  test('leaves the materials untouched when the source answers HTTP 500, and flags it in /harvests, /metrics and the source status', async () => {
    const before = snapshot();
    feeds.routes.set('/lessons.json', { status: 500, body: 'Internal Server Error' });
    const report = await harvest('feed');
    assert.equal(report.status, 'failed');
    assert.match(report.reason ?? '', /500/);
    assert.equal(snapshot(), before);

    const runs = await (await fetch(`${running.url}harvests?source=feed`, { headers: { accept: 'application/ld+json' } })).json() as { 'hydra:member': { runStatus: string; statusReason?: string }[] };
    assert.equal(runs['hydra:member'][0]?.runStatus, 'failed');
    const text = await metrics();
    assert.match(text, /faircat_source_health\{source="feed",health="failing"\} 1/);
    assert.match(text, /faircat_source_consecutive_failures\{source="feed"\} 1/);
    assert.match(text, /faircat_source_records\{source="feed"\} 10/);
    const status = sourceStatuses(running.catalog.journal, running.config.sources).find((s) => s.id === 'feed');
    assert.equal(status?.health, 'failing');
  });

  test('leaves the materials untouched when the source suddenly returns zero records, and flags it suspicious', async () => {
    const before = snapshot();
    feeds.routes.set('/lessons.json', { body: '[]', headers: { etag: '"empty"' } });
    const report = await harvest('feed');
    assert.equal(report.status, 'suspicious');
    assert.match(report.reason ?? '', /no material/);
    assert.equal(snapshot(), before);
    assert.match(await metrics(), /faircat_source_health\{source="feed",health="suspicious"\} 1/);
  });

  test('keeps a lesson missing from one run and withdraws it (410 Gone) when it is missing from two', async () => {
    const gone = idOf('lesson-9');
    feeds.routes.set('/lessons.json', { body: lessons(TEN.slice(0, 9)), headers: { etag: '"v2"' } });
    const first = await harvest('feed');
    assert.deepEqual([first.status, first.counts.missing, first.counts.withdrawn], ['applied', 1, 0]);
    assert.equal((await fetch(`${running.url}materials/${gone}`)).status, 200);
    const second = await harvest('feed');
    assert.deepEqual([second.status, second.counts.missing, second.counts.withdrawn], ['applied', 0, 1]);
    assert.equal((await fetch(`${running.url}materials/${gone}`)).status, 410);
    assert.match(await metrics(), /faircat_source_health\{source="feed",health="healthy"\} 1/);
  });

  test('does not apply a run that drops more than 30 % of the source, unless forced', async () => {
    const before = snapshot();
    feeds.routes.set('/lessons.json', { body: lessons(TEN.slice(0, 5)), headers: { etag: '"v3"' } });
    const refused = await harvest('feed');
    assert.equal(refused.status, 'suspicious');
    assert.match(refused.reason ?? '', /4 of the source's 9 records are missing/);
    assert.equal(snapshot(), before);
    const forced = await harvest('feed', { force: true });
    assert.deepEqual([forced.status, forced.forced, forced.counts.missing], ['applied', true, 4]);
    const next = await harvest('feed');
    assert.deepEqual([next.status, next.counts.withdrawn], ['applied', 4], 'records already missing do not trip the guard again');
  });

  test('respects robots.txt: a disallowed feed is never fetched and the run fails', async () => {
    feeds.routes.set('/private/lessons.json', { body: lessons(['secret']) });
    const report = await harvest('hidden');
    assert.equal(report.status, 'failed');
    assert.match(report.reason ?? '', /robots\.txt/);
    assert.equal(feeds.requests.some((r) => r.path === '/private/lessons.json'), false);
  });

  test('shows every run as JSON-LD and HTML at /harvests/{run}, with its problems', async () => {
    const report = await harvest('hidden');
    const doc = await (await fetch(`${running.url}harvests/${report.runId}`, { headers: { accept: 'application/ld+json' } })).json() as Record<string, unknown>;
    assert.equal(doc['@id'], `http://faircat.test/harvests/${report.runId}`);
    assert.equal(doc.runStatus, 'failed');
    const page = await fetch(`${running.url}harvests/${report.runId}`, { headers: { accept: 'text/html' } });
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await page.text(), /robots\.txt/);
    assert.equal((await fetch(`${running.url}harvests/no-such-run`, { headers: { accept: 'application/json' } })).status, 404);
  });
});

describe('the same lesson from two sources', () => {
  test('is one record with both sources\' statements in PROV-O, stable across 10 alternating runs', async () => {
    feeds.routes.set('/left.json', { body: JSON.stringify([feedEntry('shared-lesson', 'Shared lesson, as the left feed calls it'), feedEntry('left-only', 'Only left')]) });
    feeds.routes.set('/right.json', { body: JSON.stringify([feedEntry('shared-lesson', 'Shared lesson, as the right feed calls it'), feedEntry('right-only', 'Only right')]) });
    assert.equal((await harvest('left')).status, 'applied');
    assert.equal((await harvest('right')).status, 'applied');
    const id = idOf('shared-lesson');
    const settled = running.catalog.journal.get(id)!;
    assert.equal(settled.record.material.name, 'Shared lesson, as the right feed calls it', 'the source with the lower priority number wins');
    assert.deepEqual(settled.record.provenance.map((p) => p.sourceId), ['right', 'left']);

    for (let i = 0; i < 10; i++) {
      const report = await harvest(i % 2 === 0 ? 'left' : 'right');
      assert.deepEqual([report.status, report.counts.new, report.counts.updated], ['applied', 0, 0], `run ${i}`);
      const now = running.catalog.journal.get(id)!;
      assert.deepEqual([now.status, now.hash, now.record.version], [settled.status, settled.hash, settled.record.version], `run ${i}`);
    }

    const doc = await (await fetch(`${running.url}materials/${id}`, { headers: { accept: 'application/ld+json' } })).json() as { wasDerivedFrom: (string | { '@type': string[]; wasGeneratedBy: string[]; generatedAtTime: string })[] };
    const statements = doc.wasDerivedFrom.filter((d): d is Exclude<typeof d, string> => typeof d === 'object');
    assert.equal(statements.length, 2);
    for (const statement of statements) {
      assert.ok(statement['@type'].includes('SourceStatement'));
      assert.match(statement.wasGeneratedBy[0]!, /^http:\/\/faircat\.test\/harvests\//);
      assert.ok(statement.generatedAtTime);
    }
  });
});
