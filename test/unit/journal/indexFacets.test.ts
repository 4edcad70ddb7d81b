import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applySourceRun, type SourceRunInput } from '../../../src/journal/applySourceRun.js';
import { ensureFacetIndex } from '../../../src/journal/indexFacets.js';
import { Journal } from '../../../src/journal/Journal.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { emptyMaterial } from '../../../src/model/Material.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';

const journal = (): Journal => Journal.open(':memory:', recordSerialiser(catalogIris('https://w3id.org/t/', 'http://t.test/')));
const lesson = (n: number, keywords: string[]) => ({
  material: emptyMaterial({ name: `Lesson ${n}`, description: `About ${n}`, url: `https://lessons.test/${n}/`, keywords }),
  location: `https://origin.test/materials/${n}`,
});

function run(materials: ReturnType<typeof lesson>[]): SourceRunInput {
  return {
    runId: `run-${Math.random()}`, sourceId: 's', sourceKind: 'faircat', provider: 'p', startedAt: new Date().toISOString(), materials,
    failedLocations: [], precedence: () => 1, providerOf: () => 'p', withdrawAfterMissingRuns: 1, maxDropShare: 1, force: true, dryRun: false,
  };
}

/** Names of the records a keyword's postings point at, through the record rowids. */
function postedNames(j: Journal, keyword: string): string[] {
  return (j.db.prepare(`SELECT m.name FROM facet_postings f JOIN materials m ON m.rowid = f.material_rowid
    WHERE f.facet = 'keyword' AND f.value = ? ORDER BY m.name`).pluck().all(keyword) as string[]);
}

describe('the facet index (facet_postings)', () => {
  it('posts each active record under its facet values by rowid, in rowid order, and follows updates and withdrawals', () => {
    const j = journal();
    applySourceRun(j, run([lesson(1, ['python']), lesson(2, ['python', 'git']), lesson(3, ['git'])]));
    assert.deepEqual(postedNames(j, 'python'), ['Lesson 1', 'Lesson 2']);
    const rowids = j.db.prepare("SELECT material_rowid FROM facet_postings WHERE facet = 'keyword' AND value = 'git'").pluck().all() as number[];
    assert.deepEqual(rowids, [...rowids].sort((a, b) => a - b));

    applySourceRun(j, run([lesson(1, ['git']), lesson(2, ['python', 'git'])]));
    assert.deepEqual(postedNames(j, 'python'), ['Lesson 2']);
    assert.deepEqual(postedNames(j, 'git'), ['Lesson 1', 'Lesson 2'], 'lesson 3 was withdrawn, lesson 1 changed its keywords');
  });

  it('rebuilds itself from the records of a journal written with the old material_facets table, and drops that table', () => {
    const j = journal();
    applySourceRun(j, run([lesson(1, ['python']), lesson(2, ['git'])]));
    j.db.exec(`DELETE FROM facet_postings;
      CREATE TABLE material_facets (facet TEXT NOT NULL, value TEXT NOT NULL, material_id TEXT NOT NULL, PRIMARY KEY (facet, value, material_id)) WITHOUT ROWID`);
    j.setMeta('facet_index', '1');
    ensureFacetIndex(j);
    assert.deepEqual(postedNames(j, 'python'), ['Lesson 1']);
    assert.deepEqual(postedNames(j, 'git'), ['Lesson 2']);
    assert.equal(j.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'material_facets'").pluck().get(), 0);
    ensureFacetIndex(j);
    assert.deepEqual(postedNames(j, 'git'), ['Lesson 2'], 'a second call changes nothing');
  });
});
