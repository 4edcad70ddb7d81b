import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { z } from 'zod';
import type { Harvester } from '../../../harvesters/Harvester.js';
import { resolveConfig } from '../../../src/config/loadConfig.js';
import { HarvestRunner } from '../../../src/harvest/HarvestRunner.js';
import { SourceBusyError } from '../../../src/harvest/SourceLock.js';
import { Journal } from '../../../src/journal/Journal.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import type { HarvestedMaterial } from '../../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../../src/model/ItemError.js';
import { emptyMaterial } from '../../../src/model/Material.js';
import { RecordValidator } from '../../../src/model/RecordValidator.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';

type Item = HarvestedMaterial | ItemError | Error;

/** A harvester kind whose items the test decides; an `Error` item makes the whole source fail. */
function fakeHarvester(items: () => Item[], gate?: Promise<void>): Harvester<Record<string, never>> {
  return {
    kind: 'fake', summary: 'test items', options: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>, optionsFor: () => ({}),
    async *harvest() {
      await gate;
      for (const item of items()) {
        if (item instanceof Error && !(item instanceof ItemError)) throw item;
        yield item;
      }
    },
  };
}

const lesson = (slug: string, fields: Partial<ReturnType<typeof emptyMaterial>> = {}): HarvestedMaterial => ({
  material: emptyMaterial({ name: `Lesson ${slug}`, description: `About ${slug}.`, url: `https://lessons.example.org/${slug}/`, keywords: ['hpc'], ...fields }),
  location: `https://lessons.example.org/${slug}/index.html`,
  warnings: [],
});

function runner(items: () => Item[], gate?: Promise<void>): { runner: HarvestRunner; journal: Journal } {
  const config = resolveConfig({
    providers: [{ id: 'p', name: 'Provider' }],
    sources: [{ id: 'src', kind: 'fake', provider: 'p' }],
  }, '/tmp/faircat-test-config.yaml');
  const journal = Journal.open(':memory:', recordSerialiser(catalogIris(config.pidBase, config.baseUrl)));
  const harvesters = new Map<string, Harvester>([['fake', fakeHarvester(items, gate) as Harvester]]);
  return { journal, runner: new HarvestRunner({ config, journal, validator: RecordValidator.fromOntology(), harvesters, logger: pino({ level: 'silent' }) }) };
}

describe('HarvestRunner', () => {
  it('keeps a material that fails the Bioschemas minimum out of the catalog and lists it with its location and reason', async () => {
    const { runner: r, journal } = runner(() => [lesson('good'), lesson('bad', { description: '   ' }), new ItemError('entry 3 is not an object', 'https://lessons.example.org/feed.json', 12)]);
    const report = await r.runSource('src');
    assert.deepEqual([report.status, report.counts.read, report.counts.new, report.counts.invalid, report.counts.errors], ['applied', 2, 1, 1, 1]);
    const invalid = report.problems.filter((p) => p.severity === 'invalid');
    assert.deepEqual(invalid.map((p) => p.location), ['https://lessons.example.org/bad/index.html']);
    assert.match(invalid[0]!.message, /description is required/);
    assert.deepEqual(report.problems.filter((p) => p.severity === 'error').map((p) => [p.location, p.line]), [['https://lessons.example.org/feed.json', 12]]);
    assert.ok(report.problems.some((p) => p.severity === 'warning' && /^recommended: /.test(p.message)), 'missing recommended properties are warnings');
    assert.equal(journal.countActive(), 1);
    assert.equal(journal.getRun(report.runId)?.status, 'applied', 'the report is stored with the run');
  });

  it('stores a source that cannot be read as a failed run and changes nothing', async () => {
    let fail = false;
    const { runner: r, journal } = runner(() => (fail ? [new Error('GET https://lessons.example.org/feed.json answered 500')] : [lesson('a')]));
    await r.runSource('src');
    const version = journal.catalogVersion();
    fail = true;
    const report = await r.runSource('src');
    assert.equal(report.status, 'failed');
    assert.match(report.reason ?? '', /answered 500/);
    assert.equal(journal.catalogVersion(), version);
    assert.equal(journal.countActive(), 1);
  });

  it('refuses a second run of a source while one is under way, and frees the source afterwards', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { runner: r, journal } = runner(() => [lesson('a')], gate);
    const first = r.start('src');
    assert.equal(journal.getRun(first.runId)?.status, 'running');
    assert.throws(() => r.start('src'), SourceBusyError);
    const [busy] = await r.runAll(['src']);
    assert.deepEqual([busy?.status, /already being harvested/.test(busy?.reason ?? '')], ['failed', true]);
    open();
    assert.equal((await first.done).status, 'applied');
    assert.equal((await r.runSource('src')).status, 'applied');
  });

  it('computes a dry run without storing the run or any record', async () => {
    const { runner: r, journal } = runner(() => [lesson('a'), lesson('b')]);
    const report = await r.runSource('src', { dryRun: true });
    assert.deepEqual([report.status, report.counts.new], ['dry-run', 2]);
    assert.equal(journal.countActive(), 0);
    assert.equal(journal.getRun(report.runId), undefined);
  });

  it('derives keywords only after merging sources, so that one source without keywords never hides another source\'s keywords', async () => {
    const config = resolveConfig({
      providers: [{ id: 'p', name: 'Provider' }],
      sources: [{ id: 'bare', kind: 'bare', provider: 'p', priority: 1 }, { id: 'rich', kind: 'rich', provider: 'p', priority: 2 }],
    }, '/tmp/faircat-test-config.yaml');
    const journal = Journal.open(':memory:', recordSerialiser(catalogIris(config.pidBase, config.baseUrl)));
    const harvesters = new Map<string, Harvester>([
      ['bare', fakeHarvester(() => [lesson('shared', { keywords: [] }), lesson('alone', { keywords: [] })]) as Harvester],
      ['rich', fakeHarvester(() => [lesson('shared', { keywords: ['git', 'version control'] })]) as Harvester],
    ]);
    const r = new HarvestRunner({ config, journal, validator: RecordValidator.fromOntology(), harvesters, logger: pino({ level: 'silent' }) });
    const [bare, rich] = await r.runAll(undefined);
    assert.deepEqual([bare?.status, rich?.status], ['applied', 'applied']);
    assert.ok(bare?.problems.some((p) => /gives no keywords/.test(p.message)), 'the source without keywords is still told');
    const keywordsOf = (slug: string): string[] | undefined => {
      const row = journal.db.prepare("SELECT id FROM materials WHERE name = ? AND status = 'active'").get(`Lesson ${slug}`) as { id: string } | undefined;
      return row && journal.get(row.id)?.record.material.keywords;
    };
    assert.deepEqual(keywordsOf('shared'), ['git', 'version control']);
    assert.deepEqual(keywordsOf('alone'), ['Lesson alone', 'Provider'], 'a record no source gives keywords gets derived ones');
  });

  it('reports progress while reading and when done', async () => {
    const phases: string[] = [];
    const { runner: r } = runner(() => Array.from({ length: 250 }, (_, i) => lesson(`l${i}`)));
    await r.runSource('src', { onProgress: (p) => phases.push(`${p.phase}:${p.read}`) });
    assert.deepEqual(phases, ['reading:100', 'reading:200', 'applying:250', 'done:250']);
  });
});
