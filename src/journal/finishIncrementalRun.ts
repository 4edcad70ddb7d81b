import type { IncrementalRun } from './IncrementalRun.js';
import type { Journal } from './Journal.js';
import { saveSourceCursor } from './sourceCursors.js';

/**
 * Completes an incremental run inside its transaction, after its records were rebuilt: saves the source's new
 * position and gives records withdrawn by the source itself the source's reason (instead of the absence rule's).
 *
 * @param withdrawnIds the records whose contribution `dropWithdrawnContributions` removed, with their locations
 */
export function finishIncrementalRun(journal: Journal, sourceId: string, run: IncrementalRun, withdrawnIds: ReadonlyMap<string, string>): void {
  if (run.position !== undefined) saveSourceCursor(journal, sourceId, run.position);
  const reasons = new Map(run.withdrawn.map((w) => [w.location, w.reason]));
  const update = journal.db.prepare("UPDATE materials SET withdrawn_reason = ? WHERE id = ? AND status = 'withdrawn'");
  for (const [id, location] of withdrawnIds) update.run(`${reasons.get(location) ?? 'withdrawn by its source'} (source ${sourceId})`, id);
}
