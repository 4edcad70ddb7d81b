import type { GraphLoadFailure } from './GraphLoadError.js';
import type { GraphReplacement } from './GraphIndex.js';

/** How one query runs inside a worker: the options of Oxigraph's `Store.query`, as plain strings. */
export interface WorkerQueryOptions {
  /** A media type from `resultMediaTypes.ts`. */
  format: string;
  baseIri?: string;
  /** The default graph is the union of all graphs (our service default dataset, DESIGN §3). */
  unionDefaultGraph: boolean;
  /** The default graph is the merge of these graphs. */
  defaultGraphs?: readonly string[];
  /** Only these graphs are visible to `GRAPH`. */
  namedGraphs?: readonly string[];
}

/**
 * The messages a worker accepts, answered one at a time in order. A whole-dataset load is a `load-all` (empty
 * the store, load the first run of documents) followed by `load-more` runs (see `documentChunks.ts`).
 * Results travel as bytes, never as object graphs.
 */
export type WorkerCommand =
  | { type: 'load-all'; documents: readonly string[] }
  | { type: 'load-more'; documents: readonly string[]; offset: number }
  | { type: 'replace-graphs'; graphs: readonly GraphReplacement[] }
  | { type: 'query'; query: string; options: WorkerQueryOptions }
  | { type: 'size' };

/** A command with the id its answer carries back. */
export type WorkerRequest = WorkerCommand & { id: number };

/**
 * What a command answers: a serialised query result (UTF-8 bytes, transferred rather than copied), a quad
 * count, or the documents a load had to leave out.
 */
export type WorkerValue = Uint8Array | number | readonly GraphLoadFailure[];

/**
 * `evaluation`: Oxigraph refused the query; `internal`: anything else. `fatal` means the WebAssembly instance
 * may be left broken (a trap such as running out of memory), so the worker must be replaced.
 */
export interface WorkerFailure {
  kind: 'evaluation' | 'internal';
  message: string;
  fatal: boolean;
}

export type WorkerResponse = { id: number; ok: true; value: WorkerValue } | { id: number; ok: false; error: WorkerFailure };
