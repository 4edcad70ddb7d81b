import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applySourceRun, type SourceRunInput } from '../../../src/journal/applySourceRun.js';
import { Journal } from '../../../src/journal/Journal.js';
import { readSourceCursor } from '../../../src/journal/sourceCursors.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { emptyMaterial } from '../../../src/model/Material.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';

const journal = (): Journal => Journal.open(':memory:', recordSerialiser(catalogIris('https://w3id.org/t/', 'http://t.test/')));
const lesson = (n: number, name = `Lesson ${n}`) => ({ material: emptyMaterial({ name, description: `About ${n}`, url: `https://lessons.test/${n}/`, keywords: ['k'] }), location: `https://origin.test/materials/${n}` });

function run(materials: ReturnType<typeof lesson>[], incremental?: SourceRunInput['incremental'], dryRun = false): SourceRunInput {
  return {
    runId: `run-${Math.random()}`, sourceId: 'peer', sourceKind: 'faircat', provider: 'p', startedAt: new Date().toISOString(), materials,
    failedLocations: [], precedence: () => 1, providerOf: () => 'p', withdrawAfterMissingRuns: 3, maxDropShare: 0.3, force: false, dryRun,
    ...(incremental ? { incremental } : {}),
  };
}

describe('incremental source runs (applySourceRun with `incremental`)', () => {
  it('does not count records a partial run leaves out as missing, and applies a run with nothing but a withdrawal', () => {
    const j = journal();
    assert.ok(applySourceRun(j, run([lesson(1), lesson(2), lesson(3)], { position: 'p1', partial: false, withdrawn: [] })).applied);
    const partial = applySourceRun(j, run([lesson(1, 'Lesson 1, revised')], { position: 'p2', partial: true, withdrawn: [] }));
    assert.ok(partial.applied);
    assert.equal(partial.counts.missing, 0);
    assert.equal(j.countActive(), 3);

    const withdrawal = applySourceRun(j, run([], { position: 'p3', partial: true, withdrawn: [{ location: 'https://origin.test/materials/2', reason: 'deleted at the origin' }] }));
    assert.ok(withdrawal.applied, withdrawal.reason);
    assert.equal(withdrawal.counts.withdrawn, 1);
    assert.equal(j.countActive(), 2);
    const withdrawn = j.db.prepare("SELECT withdrawn_reason AS reason FROM materials WHERE status = 'withdrawn' AND hash != ''").get() as { reason: string };
    assert.match(withdrawn.reason, /^deleted at the origin \(source peer\)$/);
    assert.equal(readSourceCursor(j, 'peer'), 'p3');
    assert.equal((j.db.prepare("SELECT count(*) AS n FROM changes WHERE type = 'Delete'").get() as { n: number }).n, 1);
  });

  it('keeps the position where it was when the run is not applied (dry run)', () => {
    const j = journal();
    applySourceRun(j, run([lesson(1)], { position: 'p1', partial: false, withdrawn: [] }));
    applySourceRun(j, run([lesson(2)], { position: 'p2', partial: true, withdrawn: [] }, true));
    assert.equal(readSourceCursor(j, 'peer'), 'p1');
    assert.equal(j.countActive(), 1);
  });

  it('still refuses an empty snapshot run of a source that is not incremental', () => {
    const result = applySourceRun(journal(), run([]));
    assert.equal(result.applied, false);
  });

  it('indexes the facets of every record it writes and drops those of records it withdraws', () => {
    const j = journal();
    applySourceRun(j, run([lesson(1), lesson(2)], { position: 'p1', partial: false, withdrawn: [] }));
    const count = (): number => (j.db.prepare("SELECT count(DISTINCT material_rowid) AS n FROM facet_postings WHERE facet = 'keyword' AND value = 'k'").get() as { n: number }).n;
    assert.equal(count(), 2);
    applySourceRun(j, run([], { position: 'p2', partial: true, withdrawn: [{ location: 'https://origin.test/materials/1', reason: 'gone' }] }));
    assert.equal(count(), 1);
  });
});
