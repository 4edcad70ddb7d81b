import { join } from 'node:path';
import { loadConfig } from '../config/loadConfig.js';
import { Journal } from '../journal/Journal.js';
import { sourceStatuses, type SourceStatus } from '../journal/sourceStatuses.js';
import { catalogIris } from '../model/CatalogIris.js';
import { recordSerialiser } from '../model/RecordSerialiser.js';
import { parseCommandArgs } from './parseCommandArgs.js';

/**
 * `faircat sources [--json]` (DESIGN §5): each configured source with its health, last run, last success,
 * records and failures in a row, read from the journal (so it shows runs of every process). Exit code 0 when
 * every enabled source is healthy (or has never run), 1 when one is failing or suspicious: usable as a check.
 */
export async function sourcesCommand(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
  const config = loadConfig();
  const journal = Journal.open(join(config.dataDir, 'journal.sqlite'), recordSerialiser(catalogIris(config.pidBase, config.baseUrl)));
  try {
    const statuses = sourceStatuses(journal, config.sources);
    process.stdout.write(values.json ? `${JSON.stringify(statuses, null, 2)}\n` : formatSources(statuses));
    return statuses.some((s) => s.health === 'failing' || s.health === 'suspicious') ? 1 : 0;
  } finally {
    journal.close();
  }
}

/** A plain text table of source statuses, then why each unhealthy source's last run was not applied. */
export function formatSources(statuses: readonly SourceStatus[]): string {
  const header = ['source', 'kind', 'health', 'records', 'last run', 'status', 'last success', 'fails', 'new', 'updated', 'withdrawn', 'invalid', 'errors', 'schedule'];
  const time = (iso: string | undefined): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '-');
  const rows = statuses.map((s) => [
    s.id, s.kind, s.health + (s.lock ? ' (running)' : ''), String(s.records), time(s.lastRun?.finishedAt), s.lastRun?.status ?? '-', time(s.lastSuccess?.finishedAt),
    String(s.consecutiveFailures), String(s.lastRun?.counts.new ?? '-'), String(s.lastRun?.counts.updated ?? '-'), String(s.lastRun?.counts.withdrawn ?? '-'),
    String(s.lastRun?.counts.invalid ?? '-'), String(s.lastRun?.counts.errors ?? '-'), s.schedule ?? 'on demand',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  let out = `${line(header)}\n${rows.map(line).join('\n')}\n`;
  for (const s of statuses) {
    if ((s.health === 'failing' || s.health === 'suspicious') && s.lastRun?.reason) out += `\n${s.id} (${s.lastRun.status}, run ${s.lastRun.runId}): ${s.lastRun.reason}\n`;
  }
  return out;
}
