import type { IncrementalState } from '../../harvesters/Harvester.js';
import type { IncrementalRun } from '../journal/IncrementalRun.js';
import type { Journal } from '../journal/Journal.js';
import { readSourceCursor } from '../journal/sourceCursors.js';

/** The incremental state lent to one run of a source, and what the run made of it. */
export interface RunIncrementalState extends IncrementalState {
  /** What to hand to `applySourceRun` (`undefined` when the harvester never called `advance` or `withdraw`). */
  result(): IncrementalRun | undefined;
}

/**
 * The `IncrementalState` of one run of a source: the position its last applied run saved, and a record of what
 * the harvester says during this run. Nothing is written here: `applySourceRun` saves it with the run.
 */
export function incrementalStateFor(journal: Journal, sourceId: string): RunIncrementalState {
  const position = readSourceCursor(journal, sourceId);
  let next: { position: string; partial: boolean } | undefined;
  const withdrawn: { location: string; reason: string }[] = [];
  return {
    position,
    advance(to, options) {
      next = { position: to, partial: options.partial };
    },
    withdraw(location, reason) {
      withdrawn.push({ location, reason });
    },
    result() {
      if (next === undefined && withdrawn.length === 0) return undefined;
      return { ...(next ? { position: next.position } : {}), partial: next?.partial ?? true, withdrawn };
    },
  };
}
