import type { GraphReplacement } from './GraphIndex.js';

/** One write to the graph index, as the pool sends it to every worker (and replays it to rebuilt ones). */
export type GraphWrite =
  | { kind: 'load-all'; documents: readonly string[] }
  | { kind: 'replace-graphs'; graphs: readonly GraphReplacement[] };
