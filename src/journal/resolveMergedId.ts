import type { Journal } from './Journal.js';

/**
 * Follows `merged_into` from a merged-away id to the record that finally survives it (merges can chain:
 * a survivor may itself be merged later). Returns `id` itself when it was never merged, `undefined` for a
 * chain that loops (which `mergeRecords` never writes).
 */
export function resolveMergedId(journal: Journal, id: string): string | undefined {
  const next = journal.db.prepare("SELECT merged_into FROM materials WHERE id = ? AND status = 'merged'");
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    const row = next.get(current) as { merged_into: string | null } | undefined;
    if (!row?.merged_into) return current;
    current = row.merged_into;
  }
}
