import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Journal } from '../../../src/journal/Journal.js';
import { acquireSourceLock, listSourceLocks, releaseSourceLock, renewSourceLock } from '../../../src/journal/sourceLocks.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { emptyCounts } from '../../../src/model/HarvestRunReport.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';

const journal = (): Journal => Journal.open(':memory:', recordSerialiser(catalogIris('https://w3id.org/t/', 'http://t.test/')));
const T0 = new Date('2026-01-01T00:00:00Z');
const later = (ms: number): Date => new Date(T0.getTime() + ms);
const holder = (runId: string, pid = 100, hostname = 'host-a') => ({ runId, pid, hostname });
const options = (now: Date, alive: number[] = [100, 200]) => ({ now, leaseMs: 60_000, isAlive: (pid: number) => alive.includes(pid) });

describe('source locks', () => {
  it('lets one run hold a source and refuses a second while the first is alive', () => {
    const j = journal();
    assert.equal(acquireSourceLock(j, 'feed', holder('run-1'), options(T0)).acquired, true);
    const second = acquireSourceLock(j, 'feed', holder('run-2', 200), options(later(1000)));
    assert.equal(second.acquired, false);
    assert.equal(!second.acquired && second.heldBy.runId, 'run-1');
    assert.equal(acquireSourceLock(j, 'other', holder('run-3', 200), options(later(1000))).acquired, true, 'other sources are free');
  });

  it('takes over the lock of a process on this host that no longer exists (kill -9) and marks its run interrupted', () => {
    const j = journal();
    acquireSourceLock(j, 'feed', holder('run-1'), options(T0));
    j.saveRun({ runId: 'run-1', sourceId: 'feed', sourceKind: 'k', status: 'running', startedAt: T0.toISOString(), finishedAt: T0.toISOString(), durationMs: 0, counts: emptyCounts(), problems: [] });
    const taken = acquireSourceLock(j, 'feed', holder('run-2', 200), options(later(1000), [200]));
    assert.equal(taken.acquired, true);
    assert.equal(taken.acquired && taken.tookOverFrom?.runId, 'run-1');
    assert.equal(j.getRun('run-1')?.status, 'interrupted');
    assert.match(j.getRun('run-1')?.reason ?? '', /stopped before the run finished/);
  });

  it('waits for the lease of a holder on another host, then takes the lock over', () => {
    const j = journal();
    acquireSourceLock(j, 'feed', holder('run-1', 100, 'host-b'), options(T0, []));
    assert.equal(acquireSourceLock(j, 'feed', holder('run-2'), options(later(30_000), [])).acquired, false);
    assert.equal(acquireSourceLock(j, 'feed', holder('run-2'), options(later(61_000), [])).acquired, true);
  });

  it('keeps a renewed lease', () => {
    const j = journal();
    acquireSourceLock(j, 'feed', holder('run-1', 100, 'host-b'), options(T0));
    assert.equal(renewSourceLock(j, 'feed', 'run-1', { now: later(50_000), leaseMs: 60_000 }), true);
    assert.equal(acquireSourceLock(j, 'feed', holder('run-2'), options(later(90_000))).acquired, false);
    assert.equal(renewSourceLock(j, 'feed', 'run-9', { now: later(50_000), leaseMs: 60_000 }), false, 'only the holder renews');
  });

  it('frees the source on release, and only its holder can release it', () => {
    const j = journal();
    acquireSourceLock(j, 'feed', holder('run-1'), options(T0));
    releaseSourceLock(j, 'feed', 'run-other');
    assert.equal(listSourceLocks(j).length, 1);
    releaseSourceLock(j, 'feed', 'run-1');
    assert.deepEqual(listSourceLocks(j), []);
    assert.equal(acquireSourceLock(j, 'feed', holder('run-2'), options(later(1))).acquired, true);
  });
});
