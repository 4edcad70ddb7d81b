import type { Quad, Term, Variable } from '@rdfjs/types';

/** A stream of query results as Comunica returns them (an AsyncIterator that can be destroyed). */
export interface ResultStream<T> extends AsyncIterable<T> {
  destroy?(cause?: Error): void;
}

/** The parts of a Comunica query result (RDF/JS Query spec, `@rdfjs/types` `query/common`) that we use. */
export type ComunicaQuery =
  | { resultType: 'bindings'; metadata(): Promise<{ variables: readonly (Variable | { variable: Variable })[] }>; execute(): Promise<ResultStream<Iterable<[Variable, Term]>>> }
  | { resultType: 'quads'; execute(): Promise<ResultStream<Quad>> }
  | { resultType: 'boolean'; execute(): Promise<boolean> }
  | { resultType: 'void'; execute(): Promise<void> };

/** The one method of Comunica's `QueryEngine` that we call. */
export interface ComunicaEngine {
  query(query: string, context: Record<string, unknown>): Promise<ComunicaQuery>;
}
