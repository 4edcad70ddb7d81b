import type { Journal } from './Journal.js';

/** A recorded merge: which record a merged-away id now belongs to, when and why. */
export interface MergeRecord {
  loserId: string;
  survivorId: string;
  reason: string;
  mergedAt: string;
}

/** The merge that retired `loserId`, if it was merged away. */
export function getMerge(journal: Journal, loserId: string): MergeRecord | undefined {
  const row = journal.db.prepare('SELECT loser_id, survivor_id, reason, merged_at FROM merges WHERE loser_id = ?').get(loserId) as
    | { loser_id: string; survivor_id: string; reason: string; merged_at: string }
    | undefined;
  return row && { loserId: row.loser_id, survivorId: row.survivor_id, reason: row.reason, mergedAt: row.merged_at };
}
