/** One N-Quads document that could not be loaded. */
export interface GraphLoadFailure {
  /** The graph being replaced (`replaceGraphs`), or `#<index>` of the document (`loadAll`). */
  document: string;
  /** Oxigraph's parser message, with line and column. */
  message: string;
}

/**
 * Some documents could not be loaded. Every other document of the same call was applied. A failed
 * `replaceGraphs` document leaves its graph empty; a failed `loadAll` document may be loaded up to its error.
 * Every worker, and every worker rebuilt from the same journal, ends in the same state.
 */
export class GraphLoadError extends Error {
  readonly failures: readonly GraphLoadFailure[];

  constructor(failures: readonly GraphLoadFailure[]) {
    const first = failures[0];
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : '';
    super(`N-Quads of ${first?.document ?? '?'} could not be loaded: ${first?.message ?? '?'}${more}`);
    this.name = 'GraphLoadError';
    this.failures = failures;
  }
}
