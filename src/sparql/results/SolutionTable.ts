import type { Term } from '@rdfjs/types';

/** The results of a SELECT query as a table: the projected variables (without `?`) and one map per row. */
export interface SolutionTable {
  variables: readonly string[];
  /** Each row maps a variable name to its value; unbound variables are absent. */
  rows: readonly ReadonlyMap<string, Term>[];
}

/** The results of a SELECT (a table) or an ASK (a boolean) query. */
export type SolutionResult = { kind: 'table'; table: SolutionTable } | { kind: 'boolean'; value: boolean };
