import { createHash } from 'node:crypto';

/** One solution of a SELECT query, read the same way whichever engine produced it. */
export interface SolutionView {
  readonly variables: readonly string[];
  get(variable: string): string | undefined;
}

/** What a query answered, in a form every engine can be compared by. */
export interface ResultDigest {
  rows: number;
  /** SHA-256 over the sorted rows, each `var=value` pairs sorted by variable: equal digests, equal multisets of rows. */
  digest: string;
}

/**
 * Digests a list of solutions so that engines can be cross-checked: the same multiset of rows gives the same digest,
 * whatever order the engine returned them in. Blank-node labels differ between engines, so they are compared as
 * `_:` only. Pure.
 */
export function digestSolutions(solutions: readonly SolutionView[]): ResultDigest {
  const rows = solutions.map((solution) => [...solution.variables].sort().map((variable) => `${variable}=${solution.get(variable) ?? ''}`).join('\u0001')).sort();
  return { rows: rows.length, digest: createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16) };
}

/** Solutions of a SPARQL 1.1 Query Results JSON document (§3), blank nodes folded to `_:`. */
export function solutionsOfJson(body: string): SolutionView[] {
  const document = JSON.parse(body) as { results?: { bindings?: Record<string, { type: string; value: string }>[] } };
  return (document.results?.bindings ?? []).map((binding) => ({
    variables: Object.keys(binding),
    get: (variable: string) => {
      const term = binding[variable];
      return term === undefined ? undefined : term.type === 'bnode' ? '_:' : term.value;
    },
  }));
}

/** Solutions of RDF/JS-style bindings: `[variable, term]` pairs (Oxigraph's `Map`s, Comunica's `Bindings`). */
export function solutionsOfTerms(
  bindings: Iterable<Iterable<readonly [string | { value: string }, { termType: string; value: string }]>>,
): SolutionView[] {
  return [...bindings].map((binding) => {
    const values = new Map<string, string>();
    for (const [variable, term] of binding) values.set(typeof variable === 'string' ? variable : variable.value, term.termType === 'BlankNode' ? '_:' : term.value);
    return { variables: [...values.keys()], get: (variable: string) => values.get(variable) };
  });
}
