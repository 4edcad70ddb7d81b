import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getMerge } from '../../../src/journal/getMerge.js';
import { listVersions } from '../../../src/journal/listVersions.js';
import { MergeError } from '../../../src/journal/MergeError.js';
import { mergeRecords } from '../../../src/journal/mergeRecords.js';
import { resolveMergedId } from '../../../src/journal/resolveMergedId.js';
import { harvest, idOf, lesson, memoryJournal } from '../../helpers/journalRecords.js';

function threeLessons() {
  const journal = memoryJournal();
  harvest(journal, 'feed', [lesson('a'), lesson('b'), lesson('c')]);
  harvest(journal, 'other', [lesson('b2', { url: 'https://lessons.example.org/b2/', repository: 'https://github.com/example/b2' })]);
  return { journal, a: idOf(journal, 'Lesson a'), b: idOf(journal, 'Lesson b'), c: idOf(journal, 'Lesson c'), b2: idOf(journal, 'Lesson b2') };
}

describe('mergeRecords', () => {
  it('marks the loser merged into the survivor and moves its identity keys and contributions in one go', () => {
    const { journal, b, b2 } = threeLessons();
    const result = mergeRecords(journal, b2, b, 'same lesson on two sites', { at: '2026-02-01T00:00:00.000Z' });
    assert.deepEqual(result, { loserId: b2, survivorId: b, movedKeys: 2, movedContributions: 1, changedGraphs: [{ id: b2, nquads: '' }] });
    assert.equal(journal.get(b2)?.status, 'merged');
    assert.equal(journal.get(b2)?.mergedInto, b);
    assert.equal(journal.idForKeys(['url:https://lessons.example.org/b2']) ?? journal.idForKeys(['repo:github.com/example/b2']), b);
    const sources = journal.db.prepare('SELECT source_id FROM contributions WHERE material_id = ? ORDER BY source_id').raw().all(b) as [string][];
    assert.deepEqual(sources.flat(), ['feed', 'other']);
    assert.deepEqual(getMerge(journal, b2), { loserId: b2, survivorId: b, reason: 'same lesson on two sites', mergedAt: '2026-02-01T00:00:00.000Z' });
  });

  it('logs a Delete of the loser, bumps the catalog version and keeps the loser\'s versions', () => {
    const { journal, b, b2 } = threeLessons();
    const before = journal.catalogVersion();
    mergeRecords(journal, b2, b, 'duplicate');
    const change = journal.db.prepare('SELECT type, version FROM changes WHERE material_id = ? ORDER BY seq DESC LIMIT 1').get(b2);
    assert.deepEqual({ ...(change as object) }, { type: 'Delete', version: 1 });
    assert.equal(journal.catalogVersion(), before + 1);
    assert.equal(listVersions(journal, b2).length, 1);
  });

  it('keeps the survivor\'s own contribution when both records came from the same source', () => {
    const { journal, a, b } = threeLessons();
    const result = mergeRecords(journal, a, b, 'duplicate');
    assert.equal(result.movedContributions, 0);
    assert.equal((journal.db.prepare('SELECT count(*) AS n FROM contributions WHERE material_id = ?').get(b) as { n: number }).n, 1);
    assert.equal((journal.db.prepare('SELECT count(*) AS n FROM contributions WHERE material_id = ?').get(a) as { n: number }).n, 0);
  });

  it('re-points earlier merges so that every merged-away id resolves to the final survivor', () => {
    const { journal, a, b, c } = threeLessons();
    mergeRecords(journal, a, b, 'first');
    mergeRecords(journal, b, c, 'second');
    assert.equal(journal.get(a)?.mergedInto, c);
    assert.equal(resolveMergedId(journal, a), c);
    assert.equal(resolveMergedId(journal, b), c);
    assert.equal(resolveMergedId(journal, c), c);
    assert.equal(getMerge(journal, a)?.survivorId, c);
  });

  const refusals: [string, (ids: ReturnType<typeof threeLessons>) => [string, string]][] = [
    ['a record into itself', ({ a }) => [a, a]],
    ['an unknown loser', ({ a }) => ['zzzzzzzzzz', a]],
    ['into an unknown survivor', ({ a }) => [a, 'zzzzzzzzzz']],
  ];
  for (const [what, ids] of refusals) {
    it(`refuses to merge ${what} and changes nothing`, () => {
      const lessons = threeLessons();
      const before = lessons.journal.catalogVersion();
      const [loser, survivor] = ids(lessons);
      assert.throws(() => mergeRecords(lessons.journal, loser, survivor, 'x'), MergeError);
      assert.equal(lessons.journal.catalogVersion(), before);
    });
  }

  it('refuses to merge into a merged-away record, or to merge a record twice', () => {
    const { journal, a, b, c } = threeLessons();
    mergeRecords(journal, a, b, 'first');
    assert.throws(() => mergeRecords(journal, c, a, 'x'), /merge into that record instead/);
    assert.throws(() => mergeRecords(journal, a, c, 'x'), /already merged/);
  });

  it('rolls everything back when a step fails half-way', () => {
    const { journal, b, b2 } = threeLessons();
    journal.db.exec('CREATE TRIGGER fail_merge BEFORE INSERT ON merges BEGIN SELECT RAISE(ABORT, \'disk full\'); END');
    assert.throws(() => mergeRecords(journal, b2, b, 'x'), /disk full/);
    assert.equal(journal.get(b2)?.status, 'active');
    assert.equal(journal.idForKeys(['repo:github.com/example/b2']), b2);
  });
});
