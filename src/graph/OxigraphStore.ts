import { Store, namedNode } from 'oxigraph';
import type { GraphLoadFailure } from './GraphLoadError.js';
import type { GraphReplacement } from './GraphIndex.js';
import { isWasmTrap } from './isWasmTrap.js';
import type { WorkerQueryOptions } from './workerProtocol.js';

const NQUADS = 'application/n-quads';

/** An absolute IRI that can be written between `<` and `>` (IRIREF, SPARQL 1.1 Query §19.8). */
// eslint-disable-next-line no-control-regex -- IRIREF excludes the characters #x00 to #x20.
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\x00-\x20]*$/u;

/**
 * One Oxigraph store and the operations of the graph index on it. Synchronous and unbounded in time, so it
 * lives in a worker thread (`oxigraphWorker.ts`); in the main thread only in tests.
 *
 * Each document is loaded by its own `Store.load` call: Oxigraph scopes blank-node labels to one load, so
 * `_:b0` of one record never merges with `_:b0` of another (one stream of all documents would merge them,
 * and is slower too). Loads skip transactions (`no_transaction`): measured on 100k records of 24 quads,
 * transactional loads slow down sixfold once the store passes ~250k quads (24 s → 400 s in all). Queries
 * cannot see a half-done load anyway: the worker runs one message at a time. Documents are strings: bytes
 * (`Uint8Array`) load as fast at first but slow down the same way past ~30k records. Loads are `lenient`: Oxigraph
 * skips its IRI and language-tag validation, ~25 % faster (measured on 10k synthetic records: 7.5 s → 5.5 s). Every
 * document comes from the journal, written by our own N-Quads writer from IRIs checked at harvest time
 * (docs/decisions/0029); a syntax error still fails the document.
 */
export class OxigraphStore {
  private store = new Store();

  /**
   * Replaces the whole dataset; returns the documents that could not be parsed (all others are loaded; a
   * failed document may be partly loaded, up to its error).
   */
  loadAll(documents: readonly string[]): GraphLoadFailure[] {
    freeStore(this.store);
    this.store = new Store();
    return this.loadMore(documents, 0);
  }

  /** Adds documents; `offset` numbers them in failures (`#<offset + i>`), as runs of one `loadAll`. */
  loadMore(documents: readonly string[], offset: number): GraphLoadFailure[] {
    const failures: GraphLoadFailure[] = [];
    documents.forEach((document, index) => {
      if (!/\S/u.test(document)) return;
      const message = this.tryLoad(document);
      if (message !== undefined) failures.push({ document: `#${offset + index}`, message });
    });
    return failures;
  }

  /**
   * Drops each graph, then loads its new N-Quads (lines without a graph go into it too). A document that
   * cannot be parsed leaves its graph empty and is returned as a failure.
   */
  replaceGraphs(graphs: readonly GraphReplacement[]): GraphLoadFailure[] {
    const failures: GraphLoadFailure[] = [];
    for (const { graph, nquads } of graphs) {
      if (!ABSOLUTE_IRI.test(graph)) {
        failures.push({ document: graph, message: 'The graph name is not an absolute IRI.' });
        continue;
      }
      this.store.update(`DROP SILENT GRAPH <${graph}>`);
      if (!/\S/u.test(nquads)) continue;
      const message = this.tryLoad(nquads, graph);
      if (message === undefined) continue;
      this.store.update(`DROP SILENT GRAPH <${graph}>`); // what a failed load left behind
      failures.push({ document: graph, message });
    }
    return failures;
  }

  /** Runs a query and returns its results serialised in `options.format`; throws Oxigraph's errors. */
  query(query: string, options: WorkerQueryOptions): string {
    const result = this.store.query(query, {
      results_format: options.format,
      ...(options.baseIri === undefined ? {} : { base_iri: options.baseIri }),
      ...(options.unionDefaultGraph ? { use_default_graph_as_union: true } : {}),
      ...(options.defaultGraphs === undefined ? {} : { default_graph: options.defaultGraphs.map(namedNode) }),
      ...(options.namedGraphs === undefined ? {} : { named_graphs: options.namedGraphs.map(namedNode) }),
    });
    if (typeof result !== 'string') throw new Error('Oxigraph did not serialise the query results.');
    return result;
  }

  /** Number of quads. */
  size(): number {
    return this.store.size;
  }

  /** Loads one document; returns the parser's message when it fails. */
  private tryLoad(document: string, graph?: string): string | undefined {
    try {
      this.store.load(document, {
        format: NQUADS,
        no_transaction: true,
        lenient: true,
        ...(graph === undefined ? {} : { to_graph_name: namedNode(graph) }),
      });
      return undefined;
    } catch (error) {
      // A trap (out of memory…) may leave the instance broken: let the worker die rather than go on.
      if (isWasmTrap(error)) throw error;
      return error instanceof Error ? error.message : String(error);
    }
  }
}

/** Releases a store's WebAssembly memory now rather than at garbage collection (wasm-bindgen's `free`). */
function freeStore(store: Store): void {
  (store as Store & { free?: () => void }).free?.();
}
