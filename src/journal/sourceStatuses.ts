import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import { sourceHealth, type SourceHealth } from '../model/SourceHealth.js';
import type { Journal } from './Journal.js';
import { listSourceLocks, type SourceLockRow } from './sourceLocks.js';

/** What the catalog knows about one configured source: for `faircat sources`, `/harvests` and `/metrics`. */
export interface SourceStatus {
  id: string;
  kind: string;
  enabled: boolean;
  schedule?: string;
  health: SourceHealth;
  /** Its last finished run (not running, not a dry run). */
  lastRun?: HarvestRunReport;
  /** Its last applied run. */
  lastSuccess?: HarvestRunReport;
  /** Finished runs since the last applied one that were not applied (failed, suspicious, interrupted). */
  consecutiveFailures: number;
  /** Runs by status, ever. */
  runs: Partial<Record<HarvestRunReport['status'], number>>;
  /** Active records this source contributes to. */
  records: number;
  /** The lock of a run under way, if any. */
  lock?: SourceLockRow;
}

/** The status of each given source (the config's), from the journal's runs, contributions and locks. */
export function sourceStatuses(journal: Journal, sources: readonly { id: string; kind: string; enabled: boolean; schedule?: string | undefined }[]): SourceStatus[] {
  const db = journal.db;
  const lastFinished = db.prepare("SELECT report_json FROM harvest_runs WHERE source_id = ? AND status NOT IN ('running', 'dry-run') ORDER BY started_at DESC, id DESC LIMIT 1").raw();
  const lastApplied = db.prepare("SELECT report_json FROM harvest_runs WHERE source_id = ? AND status = 'applied' ORDER BY started_at DESC, id DESC LIMIT 1").raw();
  const failuresSince = db.prepare("SELECT count(*) FROM harvest_runs WHERE source_id = ? AND status IN ('failed', 'suspicious', 'interrupted') AND started_at > ?").raw();
  const byStatus = db.prepare('SELECT status, count(*) FROM harvest_runs WHERE source_id = ? GROUP BY status').raw();
  const records = new Map(
    db.prepare("SELECT c.source_id, count(*) FROM contributions c JOIN materials m ON m.id = c.material_id WHERE m.status = 'active' GROUP BY c.source_id").raw().all() as [string, number][],
  );
  const locks = new Map(listSourceLocks(journal).map((lock) => [lock.sourceId, lock]));
  const parse = (row: unknown): HarvestRunReport | undefined => (row === undefined ? undefined : (JSON.parse((row as [string])[0]) as HarvestRunReport));
  return sources.map((source) => {
    const lastRun = parse(lastFinished.get(source.id));
    const lastSuccess = parse(lastApplied.get(source.id));
    const lock = locks.get(source.id);
    return {
      id: source.id,
      kind: source.kind,
      enabled: source.enabled,
      ...(source.schedule ? { schedule: source.schedule } : {}),
      health: sourceHealth(source.enabled, lastRun),
      ...(lastRun ? { lastRun } : {}),
      ...(lastSuccess ? { lastSuccess } : {}),
      consecutiveFailures: (failuresSince.get(source.id, lastSuccess?.startedAt ?? '') as [number])[0],
      runs: Object.fromEntries(byStatus.all(source.id) as [string, number][]),
      records: records.get(source.id) ?? 0,
      ...(lock ? { lock } : {}),
    };
  });
}
