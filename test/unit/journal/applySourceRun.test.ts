import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applySourceRun, type SourceRunInput } from '../../../src/journal/applySourceRun.js';
import { Journal } from '../../../src/journal/Journal.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { emptyMaterial, type Material } from '../../../src/model/Material.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';
import { FAIRCAT, PROV, RDF } from '../../../src/vocab/index.js';
import { parseRdf } from '../../helpers/rdf.js';

const iris = catalogIris('https://w3id.org/faircat-test/', 'http://faircat.test/');
const PRIORITY: Record<string, number> = { carpentries: 10, feed: 50, other: 50 };

function openJournal(): Journal {
  return Journal.open(':memory:', recordSerialiser(iris));
}

function lesson(slug: string, fields: Partial<Material> = {}): Material {
  return emptyMaterial({
    name: `Lesson ${slug}`,
    description: `What ${slug} teaches.`,
    keywords: ['shell'],
    url: `https://lessons.example.org/${slug}/`,
    repository: `https://github.com/example/${slug}`,
    ...fields,
  });
}

let runs = 0;
function run(journal: Journal, sourceId: string, materials: readonly Material[], options: Partial<SourceRunInput> = {}) {
  runs++;
  return applySourceRun(journal, {
    runId: `run-${runs}`, sourceId, sourceKind: 'carpentries-feed', provider: sourceId, startedAt: new Date(Date.UTC(2026, 0, 1, 0, runs)).toISOString(),
    materials: materials.map((material) => ({ material, location: `https://${sourceId}.example.org/feed.json#${material.repository ?? material.url}` })),
    failedLocations: [],
    precedence: (id) => PRIORITY[id] ?? 100,
    providerOf: (id) => id,
    withdrawAfterMissingRuns: 2,
    maxDropShare: 0.3,
    force: false,
    dryRun: false,
    ...options,
  });
}

function totalChanges(journal: Journal): number {
  return (journal.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

function active(journal: Journal): string[] {
  return journal.listActive({ limit: 1000 }).map((r) => r.record.material.name).sort();
}

const ten = Array.from({ length: 10 }, (_, i) => lesson(`l${i}`));

describe('applySourceRun', () => {
  it('stores new materials as version 1 and counts them', () => {
    const journal = openJournal();
    const result = run(journal, 'feed', ten);
    assert.equal(result.applied, true);
    assert.equal(result.counts.new, 10);
    assert.equal(journal.countActive(), 10);
    assert.ok(journal.listActive({ limit: 100 }).every((r) => r.record.version === 1));
  });

  it('writes nothing at all for a re-harvest of unchanged materials', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    const version = journal.catalogVersion();
    const before = totalChanges(journal);
    const result = run(journal, 'feed', ten);
    assert.equal(totalChanges(journal) - before, 0, 'rows inserted, updated or deleted');
    assert.equal(result.counts.unchanged, 10);
    assert.equal(result.counts.new + result.counts.updated, 0);
    assert.equal(journal.catalogVersion(), version);
    assert.deepEqual(result.changedGraphs, []);
  });

  it('writes a new version only for the material that changed', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    const changed = ten.map((m, i) => (i === 3 ? { ...m, description: 'A better description.' } : m));
    const result = run(journal, 'feed', changed);
    assert.deepEqual([result.counts.updated, result.counts.unchanged], [1, 9]);
    const record = journal.listActive({ limit: 100 }).find((r) => r.record.material.name === 'Lesson l3');
    assert.equal(record?.record.version, 2);
    assert.equal(record?.record.material.description, 'A better description.');
  });

  it('does not apply a run that yields no material, and says why', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    const before = totalChanges(journal);
    const result = run(journal, 'feed', []);
    assert.equal(result.applied, false);
    assert.match(result.reason ?? '', /no material/);
    assert.equal(totalChanges(journal), before);
    assert.equal(journal.countActive(), 10);
  });

  it('does not apply a run that would drop more than the allowed share, unless forced', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    const result = run(journal, 'feed', ten.slice(0, 6));
    assert.equal(result.applied, false);
    assert.match(result.reason ?? '', /4 of the source's 10 records are missing/);
    const forced = run(journal, 'feed', ten.slice(0, 6), { force: true });
    assert.equal(forced.applied, true);
    assert.equal(forced.counts.missing, 4);
  });

  it('does not hold back the run after a forced drop: records already missing do not count again', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    run(journal, 'feed', ten.slice(0, 6), { force: true });
    const next = run(journal, 'feed', ten.slice(0, 6));
    assert.deepEqual([next.applied, next.counts.withdrawn], [true, 4]);
  });

  it('keeps a material missing from one run and withdraws it when missing from two', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    const without = ten.filter((_, i) => i !== 7);
    const first = run(journal, 'feed', without);
    assert.deepEqual([first.applied, first.counts.missing, first.counts.withdrawn], [true, 1, 0]);
    assert.ok(active(journal).includes('Lesson l7'));
    const second = run(journal, 'feed', without);
    assert.deepEqual([second.counts.missing, second.counts.withdrawn], [0, 1]);
    assert.ok(!active(journal).includes('Lesson l7'));
    const withdrawn = journal.db.prepare("SELECT status, withdrawn_reason FROM materials WHERE name = 'Lesson l7'").get() as { status: string; withdrawn_reason: string };
    assert.equal(withdrawn.status, 'withdrawn');
    assert.match(withdrawn.withdrawn_reason, /absent from 2 consecutive runs of source feed/);
  });

  it('counts absences only over consecutive runs: a material that comes back starts again', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    const without = ten.filter((_, i) => i !== 7);
    run(journal, 'feed', without);
    run(journal, 'feed', ten);
    const again = run(journal, 'feed', without);
    assert.deepEqual([again.counts.missing, again.counts.withdrawn], [1, 0]);
    assert.ok(active(journal).includes('Lesson l7'));
  });

  it('never counts a material as missing when its item could not be read in this run', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    const location = `https://feed.example.org/feed.json#${ten[7]!.repository}`;
    for (let i = 0; i < 3; i++) {
      const result = run(journal, 'feed', ten.filter((_, j) => j !== 7), { failedLocations: [location] });
      assert.equal(result.counts.missing, 0);
    }
    assert.ok(active(journal).includes('Lesson l7'));
  });

  it('rolls a failing run back completely: the journal keeps its last committed state', () => {
    const journal = openJournal();
    run(journal, 'feed', ten);
    const state = (): unknown => ({
      materials: journal.db.prepare('SELECT id, status, hash, version, record_json FROM materials ORDER BY id').all(),
      contributions: journal.db.prepare('SELECT material_id, source_id, hash, missing_runs FROM contributions ORDER BY material_id, source_id').all(),
      versions: journal.db.prepare('SELECT count(*) AS n FROM versions').get(),
      changes: journal.db.prepare('SELECT count(*) AS n FROM changes').get(),
      catalogVersion: journal.catalogVersion(),
    });
    const before = state();
    // Nine good changes, then a material that breaks half-way through storing (no keyword list).
    const broken = ten.map((m, i) => (i === 9 ? { ...m, description: 'changed', keywords: undefined as unknown as string[] } : { ...m, description: `new ${i}` }));
    assert.throws(() => run(journal, 'feed', broken));
    assert.deepEqual(state(), before);
  });

  it('computes a dry run without writing anything', () => {
    const journal = openJournal();
    const result = run(journal, 'feed', ten, { dryRun: true });
    assert.deepEqual([result.applied, result.counts.new, result.reason], [false, 10, undefined]);
    assert.equal((journal.db.prepare('SELECT count(*) AS n FROM materials').get() as { n: number }).n, 0);
    assert.equal(journal.catalogVersion(), 0);
  });

  it('reports a second item of the run that describes the same material as a duplicate', () => {
    const journal = openJournal();
    const result = run(journal, 'feed', [lesson('a'), lesson('a', { name: 'Lesson a (copy)' })]);
    assert.equal(result.counts.new, 1);
    assert.equal(result.duplicates.length, 1);
  });
});

describe('applySourceRun merging sources', () => {
  const fromCarpentries = lesson('shell', { name: 'The Unix Shell', description: 'The lesson as its own site describes it.', keywords: ['shell', 'bash'], license: 'https://spdx.org/licenses/CC-BY-4.0' });
  const fromFeed = lesson('shell', { name: 'Unix shell lesson', description: 'The feed description.', keywords: ['english'], url: 'http://lessons.example.org/shell/', inLanguage: 'en', creativeWorkStatus: 'stable' });

  it('makes one record of the same lesson from two sources, with both sources\' statements in PROV-O', () => {
    const journal = openJournal();
    run(journal, 'feed', [fromFeed]);
    run(journal, 'carpentries', [fromCarpentries]);
    const records = journal.listActive({ limit: 10 });
    assert.equal(records.length, 1);
    const record = records[0]!;
    assert.equal(record.record.material.name, 'The Unix Shell', 'the higher-priority source names it');
    assert.equal(record.record.material.inLanguage, 'en', 'fields only the other source has are kept');
    assert.deepEqual(record.record.material.alternateNames, ['Unix shell lesson']);
    assert.deepEqual(record.record.provenance.map((p) => p.sourceId), ['carpentries', 'feed']);

    const quads = parseRdf(record.nquads);
    const subject = iris.material(record.id);
    const statements = quads.filter((q) => q.subject.value === subject && q.predicate.value === PROV.wasDerivedFrom && q.object.value.startsWith(`${subject}#source-`)).map((q) => q.object.value);
    assert.equal(statements.length, 2);
    for (const statement of statements) {
      const about = (predicate: string): string[] => quads.filter((q) => q.subject.value === statement && q.predicate.value === predicate).map((q) => q.object.value);
      assert.ok(about(RDF.type).includes(FAIRCAT.SourceStatement));
      assert.equal(about(PROV.wasGeneratedBy).length, 1);
      assert.match(about(PROV.wasGeneratedBy)[0]!, /^http:\/\/faircat\.test\/harvests\/run-\d+$/);
      assert.equal(about(PROV.generatedAtTime).length, 1);
      assert.equal(about(PROV.wasDerivedFrom).length, 1);
    }
    const supplied = (source: string): string[] => quads.filter((q) => q.subject.value === `${subject}#source-${source}` && q.predicate.value === FAIRCAT.supplied).map((q) => q.object.value);
    assert.ok(supplied('carpentries').includes('http://schema.org/name'));
    assert.ok(supplied('feed').includes('http://schema.org/inLanguage'));
    assert.ok(!supplied('feed').includes('http://schema.org/name'));
  });

  it('keeps the merged record stable across 10 alternating runs of the two sources', () => {
    const journal = openJournal();
    run(journal, 'feed', [fromFeed]);
    run(journal, 'carpentries', [fromCarpentries]);
    const [settled] = journal.listActive({ limit: 10 });
    const versions = (): number => (journal.db.prepare('SELECT count(*) AS n FROM versions').get() as { n: number }).n;
    const versionsBefore = versions();
    for (let i = 0; i < 10; i++) {
      const result = i % 2 === 0 ? run(journal, 'feed', [fromFeed]) : run(journal, 'carpentries', [fromCarpentries]);
      assert.deepEqual([result.counts.new, result.counts.updated, result.counts.unchanged], [0, 0, 1], `run ${i}`);
      const records = journal.listActive({ limit: 10 });
      assert.equal(records.length, 1);
      assert.equal(records[0]!.id, settled!.id);
      assert.equal(records[0]!.hash, settled!.hash);
      assert.deepEqual(records[0]!.record, settled!.record);
    }
    assert.equal(versions(), versionsBefore);
  });

  it('gives the same merged view whichever source ran first', () => {
    const a = openJournal();
    run(a, 'feed', [fromFeed]);
    run(a, 'carpentries', [fromCarpentries]);
    const b = openJournal();
    run(b, 'carpentries', [fromCarpentries]);
    run(b, 'feed', [fromFeed]);
    const [ra] = a.listActive({ limit: 1 });
    const [rb] = b.listActive({ limit: 1 });
    assert.deepEqual(ra!.record.material, rb!.record.material);
    assert.equal(ra!.id, rb!.id);
  });

  it('keeps the record when one of its two sources drops it, with the other source\'s view', () => {
    const journal = openJournal();
    run(journal, 'feed', [fromFeed, lesson('x')]);
    run(journal, 'carpentries', [fromCarpentries, lesson('y')]);
    run(journal, 'carpentries', [lesson('y')], { force: true });
    run(journal, 'carpentries', [lesson('y')], { force: true });
    const record = journal.listActive({ limit: 10 }).find((r) => r.record.material.repository === fromFeed.repository);
    assert.ok(record);
    assert.equal(record.record.material.name, 'Unix shell lesson');
    assert.deepEqual(record.record.provenance.map((p) => p.sourceId), ['feed']);
  });

  it('merges two existing records into the older one when a material carries keys of both', () => {
    const journal = openJournal();
    run(journal, 'feed', [lesson('a', { repository: undefined })]);
    run(journal, 'other', [lesson('b', { url: 'https://elsewhere.example.org/b/', repository: 'https://github.com/example/a' })]);
    assert.equal(journal.countActive(), 2);
    const [older, newer] = journal.db.prepare("SELECT id FROM materials WHERE status = 'active' ORDER BY created, id").all() as { id: string }[];
    const result = run(journal, 'carpentries', [lesson('a', { name: 'Lesson A' })]);
    assert.equal(result.merges.length, 1);
    assert.deepEqual([result.merges[0]!.loserId, result.merges[0]!.survivorId], [newer!.id, older!.id]);
    assert.equal(journal.countActive(), 1);
    assert.equal(journal.get(newer!.id)?.status, 'merged');
    const survivor = journal.get(older!.id)!;
    assert.deepEqual(survivor.record.provenance.map((p) => p.sourceId).sort(), ['carpentries', 'feed', 'other']);
    assert.equal(survivor.record.material.name, 'Lesson A');
  });
});
