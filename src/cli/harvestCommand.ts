import { loadConfig } from '../config/loadConfig.js';
import type { RunProgress } from '../harvest/HarvestRunner.js';
import { rootLogger } from '../log/logger.js';
import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import { formatProgress } from './formatProgress.js';
import { openCatalog } from './openCatalog.js';
import { parseCommandArgs } from './parseCommandArgs.js';

/**
 * `faircat harvest [--source ID…] [--dry-run] [--force]` (DESIGN §5): runs sources now, one after the other,
 * with a progress line on a terminal, then prints a summary table. Exit code 0 when every run was applied (or
 * dry), 1 when one failed, was suspicious or its source was busy.
 */
export async function harvestCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    source: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  });
  const config = loadConfig();
  const catalog = await openCatalog(config, rootLogger, { withGraph: false });
  const abort = new AbortController();
  const stop = (): void => abort.abort(new Error('interrupted by a signal'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const reports = await catalog.runner.runAll(values.source, {
      dryRun: values['dry-run'], force: values.force, signal: abort.signal, ...(process.stderr.isTTY ? { onProgress: progressLine() } : {}),
    });
    process.stdout.write(formatReports(reports));
    return reports.every((r) => r.status === 'applied' || r.status === 'dry-run') ? 0 : 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await catalog.close();
  }
}

/** Redraws one progress line on stderr (a terminal), at most every 100 ms, and ends it when a run is done. */
function progressLine(): (progress: RunProgress) => void {
  const started = new Map<string, number>();
  let tick = 0;
  let last = 0;
  return (progress) => {
    const now = performance.now();
    if (!started.has(progress.runId)) started.set(progress.runId, now);
    if (progress.phase === 'reading' && now - last < 100) return;
    last = now;
    const line = formatProgress(progress, now - started.get(progress.runId)!, tick++);
    process.stderr.write(`\r\x1b[2K${line}${progress.phase === 'done' ? '\n' : ''}`);
  };
}

/** One line per run, then each problem, as a plain text table. */
export function formatReports(reports: readonly HarvestRunReport[]): string {
  const header = ['source', 'status', 'read', 'new', 'updated', 'unchanged', 'missing', 'withdrawn', 'invalid', 'errors', 'ms'];
  const rows = reports.map((r) => [r.sourceId, r.status + (r.forced ? ' (forced)' : ''), r.counts.read, r.counts.new, r.counts.updated, r.counts.unchanged, r.counts.missing, r.counts.withdrawn, r.counts.invalid, r.counts.errors, r.durationMs].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  let out = `${line(header)}\n${rows.map(line).join('\n')}\n`;
  for (const report of reports) {
    if (report.reason) out += `\n${report.sourceId}: ${report.reason}\n`;
    const problems = report.problems.filter((p) => p.severity !== 'warning');
    for (const p of problems) out += `  ${p.severity}: ${p.location}${p.line ? `:${p.line}` : ''}: ${p.message}\n`;
    const warnings = report.problems.length - problems.length + (report.omittedProblems?.warning ?? 0);
    if (warnings > 0) out += `  ${report.sourceId}: ${warnings} warning${warnings === 1 ? '' : 's'} (see the run report${report.runId === '-' ? '' : `: /harvests/${report.runId}`})\n`;
  }
  return out;
}
