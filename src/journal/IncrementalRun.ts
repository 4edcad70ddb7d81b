/**
 * What an incremental source's run adds to `SourceRunInput` (issue 6): where the run ends, whether it is partial
 * (only what changed since the last position: absent records are not missing), and what the source withdrew.
 */
export interface IncrementalRun {
  /** Saved as the source's cursor in the run's transaction; unchanged when undefined. */
  position?: string;
  partial: boolean;
  withdrawn: readonly { location: string; reason: string }[];
}
