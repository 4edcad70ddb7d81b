import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCatalog, TEST_BASE_URL, TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';

const MATERIALS = 1000;
const PAGE = 37;

/** One entry of a Carpentries lesson feed for a synthetic lesson `n`, in the format the real feeds use. */
function entry(n: number, description = `Synthetic lesson ${n}`): Record<string, unknown> {
  const repo = `lesson-${String(n).padStart(4, '0')}`;
  return {
    carpentries_org: 'carpentries-incubator',
    repo,
    repo_url: `https://github.com/faircat-paging/${repo}`,
    full_name: `faircat-paging/${repo}`,
    description,
    rendered_site: `https://faircat-paging.github.io/${repo}/`,
    github_topics: ['carpentries', 'lesson'],
    life_cycle_tag: ['stable'],
    lesson_tags: ['english', 'synthetic'],
  };
}

describe('paging the feed of 1,000 materials while harvests write', () => {
  let root: string;
  let running: RunningCatalog;
  const updates = (): string => join(root, 'updates.json');

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'faircat-paging-'));
    writeFileSync(join(root, 'lessons.json'), JSON.stringify(Array.from({ length: MATERIALS }, (_, i) => entry(i))));
    writeFileSync(updates(), JSON.stringify([entry(0, 'Synthetic lesson 0, first revision')]));
    writeFileSync(join(root, 'config.yaml'), 'providers: []\n');
    running = await startCatalog({
      configPath: join(root, 'config.yaml'),
      configure: (raw) => {
        raw.harvest = { withdrawAfterMissingRuns: 2, maxDropShare: 1 };
        raw.providers = [{ id: 'paging', name: 'Paging test provider' }];
        raw.sources = [
          { id: 'lessons', kind: 'carpentries-feed', provider: 'paging', priority: 50, options: { feeds: ['lessons.json'] } },
          // A second source describing some of the same lessons (same URLs) with precedence: each of its runs updates
          // the merged records, and its lessons of the run before leave it.
          { id: 'updates', kind: 'carpentries-feed', provider: 'paging', priority: 10, options: { feeds: ['updates.json'] } },
        ];
      },
    });
  });
  after(async () => {
    await running?.stop({ removeData: true });
    rmSync(root, { recursive: true, force: true });
  });

  test('sees every material exactly once in pages of 37, with records updated, created and withdrawn between page fetches', async () => {
    assert.equal(running.catalog.journal.countActive(), MATERIALS);
    const originals = new Set(running.catalog.journal.listActive({ limit: MATERIALS }).map((r) => `${TEST_PID_BASE}materials/${r.id}`));
    const seen = new Map<string, number>();
    let next: string | undefined = `${running.url}materials?limit=${PAGE}`;
    let round = 0;
    let changesBefore = (running.catalog.journal.db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    while (next) {
      const response = await fetch(next, { headers: { accept: 'application/ld+json' } });
      assert.equal(response.status, 200);
      const page = (await response.json()) as { dataFeedElement: { item: { '@id': string } }[]; 'hydra:view': { 'hydra:next'?: { '@id': string } } };
      assert.ok(page.dataFeedElement.length <= PAGE);
      for (const element of page.dataFeedElement) seen.set(element.item['@id'], (seen.get(element.item['@id']) ?? 0) + 1);
      next = page['hydra:view']['hydra:next']?.['@id'].replace(TEST_BASE_URL, running.url);

      // Between two page fetches: revise 12 lessons spread over the whole id range and add 2 new ones.
      round++;
      const revised = Array.from({ length: 12 }, (_, k) => entry((round * 83 + k * 79) % MATERIALS, `Synthetic lesson, revision ${round}.${k}`));
      const created = [entry(MATERIALS + 2 * round), entry(MATERIALS + 2 * round + 1)];
      writeFileSync(updates(), JSON.stringify([...revised, ...created]));
      const [report] = await running.catalog.runner.runAll(['updates']);
      assert.equal(report?.status, 'applied', JSON.stringify(report?.reason));
      const changesAfter = (running.catalog.journal.db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
      assert.ok(changesAfter > changesBefore, 'the harvest changed records');
      changesBefore = changesAfter;
    }
    assert.ok(round >= Math.ceil(MATERIALS / PAGE));
    for (const iri of originals) assert.equal(seen.get(iri), 1, `${iri} seen ${seen.get(iri) ?? 0} times`);
    for (const [iri, count] of seen) assert.ok(count === 1, `${iri} seen ${count} times`);
    const updated = (running.catalog.journal.db.prepare("SELECT count(*) AS n FROM changes WHERE type = 'Update'").get() as { n: number }).n;
    const deleted = (running.catalog.journal.db.prepare("SELECT count(*) AS n FROM changes WHERE type = 'Delete'").get() as { n: number }).n;
    assert.ok(updated > 100 && deleted > 0, `updates ${updated}, deletes ${deleted}`);
  });
});
