/**
 * What one run of one source did (DESIGN §6): stored in the journal, shown at `/harvests/{run}`, printed by
 * `faircat harvest`.
 */
export interface HarvestRunReport {
  runId: string;
  sourceId: string;
  sourceKind: string;
  /**
   * `applied`: written to the journal. `failed`: the source could not be read. `suspicious`: read, but not
   * applied because it yielded no record or would drop too many (DESIGN §6). `dry-run`: read and checked only.
   * `running`: under way (or its process died: the next run of the source marks it `interrupted`).
   */
  status: 'applied' | 'failed' | 'suspicious' | 'dry-run' | 'running' | 'interrupted';
  /** The run was applied although the guards called it suspicious (`faircat harvest --force`). */
  forced?: boolean;
  /** Why a run was not applied. */
  reason?: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  counts: RunCounts;
  /** Per-item errors, invalid records and warnings, each with where it happened. */
  problems: ItemProblem[];
  /** Problems left out of `problems` to keep the report small (warnings first), by severity. */
  omittedProblems?: Partial<Record<ItemProblem['severity'], number>>;
  /** What the run's HTTP requests did, for sources read over HTTP. */
  http?: HttpStats;
}

/** What the HTTP side of one harvest run did. */
export interface HttpStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Answers `304 Not Modified` served from the conditional-request cache. */
  notModified: number;
  /** Attempts repeated after a 429, a 5xx, a timeout or a network error. */
  retries: number;
  /** URLs not fetched because the site's robots.txt disallows them. */
  robotsDisallowed: number;
}

export interface RunCounts {
  /** Materials the harvester yielded. */
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  /** Records of this source absent from this run but not yet withdrawn. */
  missing: number;
  withdrawn: number;
  /** Materials that failed the Bioschemas minimum shape and were kept out. */
  invalid: number;
  /** Items that could not be read or mapped. */
  errors: number;
}

export interface ItemProblem {
  severity: 'error' | 'invalid' | 'warning';
  location: string;
  line?: number;
  message: string;
}

export function emptyCounts(): RunCounts {
  return { read: 0, new: 0, updated: 0, unchanged: 0, missing: 0, withdrawn: 0, invalid: 0, errors: 0 };
}
