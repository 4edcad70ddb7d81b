import type { HttpStats } from '../model/HarvestRunReport.js';

/** Counters of what the HTTP side of one harvest run did (mutable while the run goes on). */
export type FetchStats = HttpStats;

export function emptyFetchStats(): FetchStats {
  return { requests: 0, notModified: 0, retries: 0, robotsDisallowed: 0 };
}
