import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getVersion, listVersions } from '../../../src/journal/listVersions.js';
import { harvest, idOf, lesson, memoryJournal } from '../../helpers/journalRecords.js';

describe('listVersions and getVersion', () => {
  it('list one version per change, oldest first, with the run, its source and the snapshot', () => {
    const journal = memoryJournal();
    harvest(journal, 'feed', [lesson('a'), lesson('b')]);
    harvest(journal, 'feed', [lesson('a'), lesson('b')]);
    harvest(journal, 'feed', [lesson('a', { name: 'Lesson a, revised' }), lesson('b')]);
    const a = idOf(journal, 'Lesson a, revised');
    const versions = listVersions(journal, a);
    assert.deepEqual(versions.map((v) => [v.version, v.record.material.name]), [[1, 'Lesson a'], [2, 'Lesson a, revised']]);
    assert.ok(versions.every((v) => v.runId?.startsWith('run-') && !Number.isNaN(Date.parse(v.created))));
    assert.equal(getVersion(journal, a, 2)?.record.material.name, 'Lesson a, revised');
    assert.equal(getVersion(journal, a, 3), undefined);
    assert.deepEqual(listVersions(journal, idOf(journal, 'Lesson b')).map((v) => v.version), [1]);
  });

  it('names the source of a version when its run was saved', () => {
    const journal = memoryJournal();
    const result = harvest(journal, 'feed', [lesson('a')]);
    assert.ok(result.applied);
    const [version] = listVersions(journal, idOf(journal, 'Lesson a'));
    journal.saveRun({ runId: version!.runId!, sourceId: 'feed', sourceKind: 'carpentries-feed', status: 'applied', startedAt: version!.created, finishedAt: version!.created, durationMs: 1, counts: {}, problems: [] } as never);
    assert.equal(listVersions(journal, idOf(journal, 'Lesson a'))[0]?.sourceId, 'feed');
  });
});
