/** One N-Quads document that could not be loaded. */
export interface GraphLoadFailure {
  /** The graph being replaced (`replaceGraphs`), or `#<index>` of the document (`loadAll`). */
  document: string;
  /** Oxigraph's parser message, with line and column. */
  message: string;
}

/**
 * Some documents could not be loaded. Every other document of the same call was applied; the failed ones left
 * their graph empty, the same state a worker rebuilt from the journal reaches, so every worker agrees.
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
