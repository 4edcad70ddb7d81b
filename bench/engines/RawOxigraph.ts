import { Store } from 'oxigraph';
import { solutionsOfTerms, type SolutionView } from '../queries/digestSolutions.js';

/**
 * The baseline "engine's own limit": an Oxigraph store in the benchmark's own thread, loaded with the same N-Quads
 * documents as the catalog's graph workers and the same way (one `load` per document, no transaction), queried with
 * the same union default graph, without HTTP, worker messages or result serialisation.
 */
export class RawOxigraph {
  private constructor(private readonly store: Store) {}

  /** Loads the documents; also returns how long that took. */
  static load(documents: Iterable<string>): { engine: RawOxigraph; loadMs: number } {
    const started = performance.now();
    const store = new Store();
    for (const document of documents) {
      if (document.trim() !== '') store.load(document, { format: 'application/n-quads', no_transaction: true });
    }
    return { engine: new RawOxigraph(store), loadMs: performance.now() - started };
  }

  /** Runs a SELECT query and returns how many solutions it has (all of them are materialised). */
  count(sparql: string): number {
    return this.select(sparql).length;
  }

  /** The solutions of a SELECT query, for cross-checking. */
  solutions(sparql: string): SolutionView[] {
    return solutionsOfTerms(this.select(sparql).map((binding) => binding.entries()));
  }

  size(): number {
    return this.store.size;
  }

  /** Frees the store's WebAssembly memory now. */
  free(): void {
    (this.store as Store & { free?: () => void }).free?.();
  }

  private select(sparql: string): Map<string, { termType: string; value: string }>[] {
    const result = this.store.query(sparql, { use_default_graph_as_union: true });
    if (!Array.isArray(result)) throw new Error('not a SELECT query');
    return result as Map<string, { termType: string; value: string }>[];
  }
}
