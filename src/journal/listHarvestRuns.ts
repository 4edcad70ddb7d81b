import type { HarvestRunReport } from '../model/HarvestRunReport.js';
import type { Journal } from './Journal.js';

/** One page of harvest runs, newest first. */
export interface HarvestRunPage {
  runs: HarvestRunReport[];
  /** The id to pass as `before` for the next (older) page, when there is one. */
  nextBefore?: string;
}

/**
 * Harvest runs newest first (by start time, then id), optionally of one source, in pages: `before` is the id
 * of the last run of the previous page (keyset paging, stable while new runs arrive).
 */
export function listHarvestRuns(journal: Journal, options: { sourceId?: string; before?: string; limit: number }): HarvestRunPage {
  const db = journal.db;
  const cursor = options.before === undefined
    ? undefined
    : (db.prepare('SELECT started_at, id FROM harvest_runs WHERE id = ?').get(options.before) as { started_at: string; id: string } | undefined);
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.sourceId !== undefined) {
    where.push('source_id = ?');
    params.push(options.sourceId);
  }
  if (cursor) {
    where.push('(started_at < ? OR (started_at = ? AND id < ?))');
    params.push(cursor.started_at, cursor.started_at, cursor.id);
  }
  const sql = `SELECT report_json FROM harvest_runs ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY started_at DESC, id DESC LIMIT ?`;
  const rows = db.prepare(sql).raw().all(...params, options.limit + 1) as [string][];
  const runs = rows.slice(0, options.limit).map(([json]) => JSON.parse(json) as HarvestRunReport);
  return rows.length > options.limit ? { runs, nextBefore: runs.at(-1)!.runId } : { runs };
}
