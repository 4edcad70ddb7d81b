import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import type { Journal } from './Journal.js';

/** Who holds (or wants) the harvest lock of a source. */
export interface LockHolder {
  runId: string;
  pid: number;
  hostname: string;
}

/** A held source lock as stored. */
export interface SourceLockRow extends LockHolder {
  sourceId: string;
  acquiredAt: string;
  expiresAt: string;
}

export type AcquireResult = { acquired: true; tookOverFrom?: SourceLockRow } | { acquired: false; heldBy: SourceLockRow };

interface LockRow {
  source_id: string;
  run_id: string;
  pid: number;
  hostname: string;
  acquired_at: string;
  expires_at: string;
}

/**
 * Takes the harvest lock of a source for a run, in one immediate (write-locking) transaction so that two
 * processes never both get it. A lock whose lease expired, or whose holder on this host is no longer alive
 * (`isAlive`, e.g. after `kill -9`), is taken over; the run it belonged to, and any other run of the source
 * still marked `running`, is marked `interrupted`.
 */
export function acquireSourceLock(
  journal: Journal,
  sourceId: string,
  holder: LockHolder,
  options: { now: Date; leaseMs: number; isAlive: (pid: number) => boolean },
): AcquireResult {
  const db = journal.db;
  return db.transaction((): AcquireResult => {
    const row = db.prepare('SELECT * FROM source_locks WHERE source_id = ?').get(sourceId) as LockRow | undefined;
    let tookOverFrom: SourceLockRow | undefined;
    if (row) {
      const current = toLock(row);
      const expired = Date.parse(current.expiresAt) <= options.now.getTime();
      const dead = current.hostname === holder.hostname && !options.isAlive(current.pid);
      if (!expired && !dead) return { acquired: false, heldBy: current };
      tookOverFrom = current;
    }
    markInterrupted(journal, sourceId, options.now);
    db.prepare(
      `INSERT INTO source_locks (source_id, run_id, pid, hostname, acquired_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (source_id) DO UPDATE SET run_id = excluded.run_id, pid = excluded.pid, hostname = excluded.hostname,
         acquired_at = excluded.acquired_at, expires_at = excluded.expires_at`,
    ).run(sourceId, holder.runId, holder.pid, holder.hostname, options.now.toISOString(), new Date(options.now.getTime() + options.leaseMs).toISOString());
    return tookOverFrom ? { acquired: true, tookOverFrom } : { acquired: true };
  }).immediate();
}

/** Extends the lease of a lock this run holds; false when it no longer holds it. */
export function renewSourceLock(journal: Journal, sourceId: string, runId: string, options: { now: Date; leaseMs: number }): boolean {
  const info = journal.db
    .prepare('UPDATE source_locks SET expires_at = ? WHERE source_id = ? AND run_id = ?')
    .run(new Date(options.now.getTime() + options.leaseMs).toISOString(), sourceId, runId);
  return info.changes === 1;
}

/** Releases the lock if this run holds it. */
export function releaseSourceLock(journal: Journal, sourceId: string, runId: string): void {
  journal.db.prepare('DELETE FROM source_locks WHERE source_id = ? AND run_id = ?').run(sourceId, runId);
}

/** Every held lock, by source id. */
export function listSourceLocks(journal: Journal): SourceLockRow[] {
  return (journal.db.prepare('SELECT * FROM source_locks ORDER BY source_id').all() as LockRow[]).map(toLock);
}

/** Marks every run of the source still recorded as `running` as `interrupted` (its process died). */
function markInterrupted(journal: Journal, sourceId: string, now: Date): void {
  const rows = journal.db.prepare("SELECT report_json FROM harvest_runs WHERE source_id = ? AND status = 'running'").all(sourceId) as { report_json: string }[];
  for (const row of rows) {
    const report = JSON.parse(row.report_json) as HarvestRunReport;
    journal.saveRun({
      ...report,
      status: 'interrupted',
      reason: 'the harvest process stopped before the run finished (killed, crashed or shut down): nothing of it was applied',
      finishedAt: now.toISOString(),
      durationMs: Math.max(0, now.getTime() - Date.parse(report.startedAt)),
    });
  }
}

function toLock(row: LockRow): SourceLockRow {
  return { sourceId: row.source_id, runId: row.run_id, pid: row.pid, hostname: row.hostname, acquiredAt: row.acquired_at, expiresAt: row.expires_at };
}
