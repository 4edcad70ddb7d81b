import { Parser, Store } from 'n3';
import { solutionsOfTerms, type SolutionView } from '../queries/digestSolutions.js';

type Engine = { queryBindings(query: string, context: Record<string, unknown>): Promise<{ toArray(): Promise<Iterable<readonly [{ value: string }, { termType: string; value: string }]>[]> }> };

/**
 * The alternative design as a baseline: Comunica (`@comunica/query-sparql-rdfjs`) over an n3 `Store` holding the
 * same documents (each parsed on its own, so blank nodes stay scoped to their record), default graph = union of all
 * graphs. Loaded lazily: only the sections that compare against it pay for it.
 */
export class ComunicaN3 {
  private constructor(private readonly engine: Engine, private readonly store: Store) {}

  static async load(documents: Iterable<string>): Promise<{ engine: ComunicaN3; loadMs: number }> {
    const { QueryEngine } = (await import('@comunica/query-sparql-rdfjs')) as unknown as { QueryEngine: new () => Engine };
    const started = performance.now();
    const store = new Store();
    for (const document of documents) {
      if (document.trim() !== '') store.addQuads(new Parser({ format: 'N-Quads' }).parse(document));
    }
    return { engine: new ComunicaN3(new QueryEngine(), store), loadMs: performance.now() - started };
  }

  /** The solutions of a SELECT query. */
  async solutions(sparql: string): Promise<SolutionView[]> {
    const stream = await this.engine.queryBindings(sparql, { sources: [this.store], unionDefaultGraph: true });
    return solutionsOfTerms(await stream.toArray());
  }

  size(): number {
    return this.store.size;
  }
}
