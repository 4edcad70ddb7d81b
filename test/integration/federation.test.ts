import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Material } from '../../src/model/Material.js';
import { startCatalog, TEST_PID_BASE, type RunningCatalog } from '../helpers/startCatalog.js';

const B_PID_BASE = 'https://w3id.org/faircat-b/';
const COMMUNITY_FEED = 'snapshot/feeds/carpentries-community-lessons-2020-10-02.json';

interface FeedEntry { repo: string; description: string }

/** The active records of a catalog, keyed by the origin record IRI (A's own IRI for A, `sameAs` for B). */
function materialsByOrigin(running: RunningCatalog, origin: (material: Material, id: string) => string | undefined): Map<string, Material> {
  const out = new Map<string, Material>();
  for (const stored of running.catalog.journal.listActive({ limit: 10_000 })) {
    const key = origin(stored.record.material, stored.id);
    if (key !== undefined) out.set(key, stored.record.material);
  }
  return out;
}

const ofA = (_material: Material, id: string): string => `${TEST_PID_BASE}materials/${id}`;
const ofB = (material: Material): string | undefined => material.sameAs.find((iri) => iri.startsWith(`${TEST_PID_BASE}materials/`));

/**
 * A material as its published graph says it: the graph lists the DOI among the identifiers and cannot tell which one
 * the source called *the* DOI, so both sides are compared with every DOI among the identifiers.
 */
function published(material: Material | undefined): Material | undefined {
  if (material === undefined) return undefined;
  const { doi, ...rest } = material;
  return { ...rest, identifiers: [...(doi === undefined ? [] : [doi]), ...material.identifiers] };
}

/** What B should hold for a material of A: the same material, with A's record IRI added to `sameAs`. */
function mirrored(material: Material, iri: string): Material | undefined {
  return published({ ...material, sameAs: [...material.sameAs, iri] });
}

describe('a FAIRCat (B) federating another FAIRCat (A) over loopback', () => {
  let root: string;
  let a: RunningCatalog;
  let b: RunningCatalog;
  let feedPath: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'faircat-federation-'));
    cpSync('examples', root, { recursive: true });
    feedPath = join(root, COMMUNITY_FEED);
    a = await startCatalog({
      configPath: join(root, 'demo.config.yaml'),
      configure: (raw) => {
        raw.harvest = { ...(raw.harvest as object), withdrawAfterMissingRuns: 1 };
      },
    });
    b = await startCatalog({
      harvest: false,
      configure: (raw) => {
        raw.server = { ...(raw.server as object), baseUrl: 'http://faircat-b.test/', pidBase: B_PID_BASE };
        raw.providers = [{ id: 'faircat-a', name: 'FAIRCat A', url: a.url }];
        raw.sources = [{ id: 'catalog-a', kind: 'faircat', provider: 'faircat-a', options: { url: a.url } }];
      },
    });
  });
  after(async () => {
    await b?.stop({ removeData: true });
    await a?.stop({ removeData: true });
    rmSync(root, { recursive: true, force: true });
  });

  const harvestB = async (): Promise<void> => {
    const [report] = await b.catalog.runner.runAll(['catalog-a']);
    assert.equal(report?.status, 'applied', JSON.stringify(report));
  };
  const harvestA = async (): Promise<void> => {
    const reports = await a.catalog.runner.runAll(undefined);
    assert.ok(reports.every((r) => r.status === 'applied'), JSON.stringify(reports.map((r) => [r.sourceId, r.status, r.reason])));
  };

  test('has the same materials as A after its first run, each with A as provider and A\'s record IRI as sameAs and source', async () => {
    await harvestB();
    const fromA = materialsByOrigin(a, ofA);
    const inB = materialsByOrigin(b, ofB);
    assert.ok(fromA.size >= 5);
    assert.deepEqual([...inB.keys()].sort(), [...fromA.keys()].sort());
    for (const [iri, material] of fromA) assert.deepEqual(published(inB.get(iri)), mirrored(material, iri), iri);
    for (const stored of b.catalog.journal.listActive({ limit: 10_000 })) {
      assert.equal(stored.record.provider, 'faircat-a');
      const origin = ofB(stored.record.material)!;
      assert.deepEqual(stored.record.provenance.map((p) => p.location), [origin]);
      assert.match(stored.nquads, new RegExp(`<http://www.w3.org/ns/prov#wasDerivedFrom> <${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>`));
    }
  });

  test('changes nothing when A has not changed', async () => {
    const version = b.catalog.journal.catalogVersion();
    await harvestB();
    assert.equal(b.catalog.journal.catalogVersion(), version);
  });

  test('withdraws a lesson that was removed from A\'s source and withdrawn there', async () => {
    const entries = JSON.parse(readFileSync(feedPath, 'utf8')) as FeedEntry[];
    const removed = entries.find((entry) => entry.repo === 'shell-extras');
    assert.ok(removed);
    writeFileSync(feedPath, JSON.stringify(entries.filter((entry) => entry !== removed), null, 2));
    await harvestA();
    const withdrawnInA = a.catalog.journal.db.prepare("SELECT id FROM materials WHERE status = 'withdrawn' AND hash != ''").all() as { id: string }[];
    assert.equal(withdrawnInA.length, 1, 'A withdrew the lesson');
    const iri = `${TEST_PID_BASE}materials/${withdrawnInA[0]!.id}`;
    const inBBefore = [...b.catalog.journal.listActive({ limit: 10_000 })].find((stored) => stored.record.material.sameAs.includes(iri));
    assert.ok(inBBefore, 'B had the lesson');

    await harvestB();
    const inBAfter = b.catalog.journal.get(inBBefore.id);
    assert.equal(inBAfter?.status, 'withdrawn');
    assert.match(inBAfter?.withdrawnReason ?? '', /deleted at the origin/);
    assert.deepEqual([...materialsByOrigin(b, ofB).keys()].sort(), [...materialsByOrigin(a, ofA).keys()].sort());
  });

  test('has the new version of a lesson after it was edited in A', async () => {
    const entries = JSON.parse(readFileSync(feedPath, 'utf8')) as FeedEntry[];
    const edited = entries[0]!;
    edited.description = 'From a Spreadsheet to a Database, revised edition';
    writeFileSync(feedPath, JSON.stringify(entries, null, 2));
    await harvestA();
    const fromA = materialsByOrigin(a, ofA);
    const [iri, material] = [...fromA].find(([, m]) => m.name === edited.description) ?? [];
    assert.ok(iri && material, 'A has the edited lesson');

    await harvestB();
    const inB = materialsByOrigin(b, ofB);
    assert.deepEqual(published(inB.get(iri)), mirrored(material, iri));
    const stored = b.catalog.journal.listActive({ limit: 10_000 }).find((s) => s.record.material.sameAs.includes(iri));
    assert.equal(stored?.record.version, 2);
    for (const [origin, m] of fromA) assert.deepEqual(published(inB.get(origin)), mirrored(m, origin), origin);
  });
});
