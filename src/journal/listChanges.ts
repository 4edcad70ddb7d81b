import type { Journal } from './Journal.js';

/** One entry of the change log (`changes` table): what happened to which record, when. */
export interface ChangeEntry {
  /** Position in the log, 1-based and increasing. */
  seq: number;
  materialId: string;
  type: 'Create' | 'Update' | 'Delete';
  /** The record version after the change (for `Delete`, the last version). */
  version: number;
  /** When the change was applied (ISO date-time). */
  at: string;
}

/** Number of entries in the change log. */
export function countChanges(journal: Journal): number {
  return (journal.db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
}

/**
 * Change-log entries in log order, skipping the first `offset`: the log only grows, so the entries at a given
 * offset never change (the pages of `/changes` are stable).
 */
export function listChanges(journal: Journal, offset: number, limit: number): ChangeEntry[] {
  return journal.db
    .prepare('SELECT seq, material_id AS materialId, type, version, at FROM changes ORDER BY seq LIMIT ? OFFSET ?')
    .all(limit, offset) as ChangeEntry[];
}
