import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatSources } from '../../../src/cli/sourcesCommand.js';
import { formatReports } from '../../../src/cli/harvestCommand.js';
import { formatProgress } from '../../../src/cli/formatProgress.js';
import { emptyCounts, type HarvestRunReport } from '../../../src/model/HarvestRunReport.js';
import type { SourceStatus } from '../../../src/journal/sourceStatuses.js';

const failed: HarvestRunReport = {
  runId: 'run-2', sourceId: 'feed', sourceKind: 'carpentries-feed', status: 'failed', reason: 'the source could not be read: GET https://x/feed.json answered 500',
  startedAt: '2026-01-02T03:04:05.000Z', finishedAt: '2026-01-02T03:04:06.000Z', durationMs: 1000, counts: emptyCounts(),
  problems: [{ severity: 'error', location: 'https://x/feed.json', line: 3, message: 'bad entry' }, { severity: 'warning', location: 'x', message: 'w' }],
};

describe('formatSources', () => {
  it('prints one row per source with its health, and why an unhealthy source\'s last run was not applied', () => {
    const statuses: SourceStatus[] = [
      { id: 'feed', kind: 'carpentries-feed', enabled: true, health: 'failing', lastRun: failed, consecutiveFailures: 1, runs: { failed: 1 }, records: 12 },
      { id: 'site', kind: 'carpentries-workbench', enabled: true, schedule: '0 3 * * *', health: 'never-run', consecutiveFailures: 0, runs: {}, records: 0 },
    ];
    const lines = formatSources(statuses).split('\n');
    assert.match(lines[0]!, /^source\s+kind\s+health\s+records\s+last run/);
    assert.match(lines[1]!, /^feed\s+carpentries-feed\s+failing\s+12\s+2026-01-02 03:04\s+failed/);
    assert.match(lines[2]!, /^site\s+carpentries-workbench\s+never-run\s+0\s+-.*0 3 \* \* \*$/);
    assert.match(formatSources(statuses), /feed \(failed, run run-2\): the source could not be read/);
  });
});

describe('formatReports', () => {
  it('prints a summary table, the reason of a run that was not applied, its errors with file and line, and a count of warnings', () => {
    const text = formatReports([failed]);
    assert.match(text, /^source\s+status\s+read/);
    assert.match(text, /feed: the source could not be read/);
    assert.match(text, / {2}error: https:\/\/x\/feed\.json:3: bad entry/);
    assert.match(text, /feed: 1 warning \(see the run report: \/harvests\/run-2\)/);
  });
});

describe('formatProgress', () => {
  it('shows the source, the phase, items read with a rate, invalid and failed items and the time', () => {
    assert.equal(
      formatProgress({ sourceId: 'feed', runId: 'r', phase: 'applying', read: 500, invalid: 2, errors: 1 }, 2000, 0),
      'feed: … applying · 500 read (250/s) · 2 invalid · 1 errors · 2.0 s',
    );
  });
});
