import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Journal } from '../../../src/journal/Journal.js';
import { listHarvestRuns } from '../../../src/journal/listHarvestRuns.js';
import { sourceStatuses } from '../../../src/journal/sourceStatuses.js';
import { catalogIris } from '../../../src/model/CatalogIris.js';
import { emptyCounts, type HarvestRunReport } from '../../../src/model/HarvestRunReport.js';
import { recordSerialiser } from '../../../src/model/RecordSerialiser.js';

const journal = (): Journal => Journal.open(':memory:', recordSerialiser(catalogIris('https://w3id.org/t/', 'http://t.test/')));
let minute = 0;
function run(sourceId: string, status: HarvestRunReport['status']): HarvestRunReport {
  minute++;
  const at = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return { runId: `run-${minute}`, sourceId, sourceKind: 'k', status, startedAt: at, finishedAt: at, durationMs: 1500, counts: { ...emptyCounts(), read: minute }, problems: [] };
}

describe('sourceStatuses', () => {
  const sources = [
    { id: 'good', kind: 'k', enabled: true, schedule: '0 3 * * *' },
    { id: 'bad', kind: 'k', enabled: true },
    { id: 'odd', kind: 'k', enabled: true },
    { id: 'new', kind: 'k', enabled: true },
    { id: 'off', kind: 'k', enabled: false },
  ];

  it('tells each source\'s health, last run, last success and failures in a row from the journal', () => {
    const j = journal();
    for (const report of [run('good', 'applied'), run('good', 'running'), run('bad', 'applied'), run('bad', 'failed'), run('bad', 'interrupted'), run('odd', 'suspicious')]) j.saveRun(report);
    const statuses = new Map(sourceStatuses(j, sources).map((s) => [s.id, s]));
    assert.deepEqual([...statuses.values()].map((s) => [s.id, s.health]), [['good', 'healthy'], ['bad', 'failing'], ['odd', 'suspicious'], ['new', 'never-run'], ['off', 'disabled']]);
    assert.equal(statuses.get('good')?.lastRun?.status, 'applied', 'a run under way is not the last finished run');
    assert.equal(statuses.get('bad')?.consecutiveFailures, 2);
    assert.equal(statuses.get('bad')?.lastSuccess?.runId, 'run-3');
    assert.deepEqual(statuses.get('bad')?.runs, { applied: 1, failed: 1, interrupted: 1 });
    assert.equal(statuses.get('good')?.schedule, '0 3 * * *');
  });
});

describe('listHarvestRuns', () => {
  it('pages runs newest first with a cursor, optionally of one source', () => {
    const j = journal();
    const reports = Array.from({ length: 5 }, (_, i) => run(i % 2 === 0 ? 'a' : 'b', 'applied'));
    for (const report of reports) j.saveRun(report);
    const first = listHarvestRuns(j, { limit: 2 });
    assert.deepEqual(first.runs.map((r) => r.runId), [reports[4]!.runId, reports[3]!.runId]);
    const second = listHarvestRuns(j, { limit: 2, before: first.nextBefore! });
    assert.deepEqual(second.runs.map((r) => r.runId), [reports[2]!.runId, reports[1]!.runId]);
    const last = listHarvestRuns(j, { limit: 2, before: second.nextBefore! });
    assert.deepEqual([last.runs.map((r) => r.runId), last.nextBefore], [[reports[0]!.runId], undefined]);
    assert.deepEqual(listHarvestRuns(j, { limit: 10, sourceId: 'b' }).runs.map((r) => r.runId), [reports[3]!.runId, reports[1]!.runId]);
  });
});
