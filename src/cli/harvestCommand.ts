import { loadConfig } from '../config/loadConfig.js';
import { rootLogger } from '../log/logger.js';
import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import { openCatalog } from './openCatalog.js';
import { parseCommandArgs } from './parseCommandArgs.js';

/** `faircat harvest [--source ID…] [--dry-run] [--force]`: runs sources now, prints a summary table. */
export async function harvestCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    source: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  });
  const config = loadConfig();
  const catalog = await openCatalog(config, rootLogger, { withGraph: false });
  try {
    const reports = await catalog.runner.runAll(values.source, { dryRun: values['dry-run'], force: values.force });
    process.stdout.write(formatReports(reports));
    return reports.every((r) => r.status === 'applied' || r.status === 'dry-run') ? 0 : 1;
  } finally {
    await catalog.close();
  }
}

/** One line per run, then each problem, as a plain text table. */
export function formatReports(reports: readonly HarvestRunReport[]): string {
  const header = ['source', 'status', 'read', 'new', 'updated', 'unchanged', 'missing', 'withdrawn', 'invalid', 'errors', 'ms'];
  const rows = reports.map((r) => [r.sourceId, r.status, r.counts.read, r.counts.new, r.counts.updated, r.counts.unchanged, r.counts.missing, r.counts.withdrawn, r.counts.invalid, r.counts.errors, r.durationMs].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  let out = `${line(header)}\n${rows.map(line).join('\n')}\n`;
  for (const report of reports) {
    if (report.reason) out += `\n${report.sourceId}: ${report.reason}\n`;
    const problems = report.problems.filter((p) => p.severity !== 'warning');
    for (const p of problems) out += `  ${p.severity}: ${p.location}${p.line ? `:${p.line}` : ''}: ${p.message}\n`;
    const warnings = report.problems.length - problems.length;
    if (warnings > 0) out += `  ${report.sourceId}: ${warnings} warning${warnings === 1 ? '' : 's'} (see the run report)\n`;
  }
  return out;
}
