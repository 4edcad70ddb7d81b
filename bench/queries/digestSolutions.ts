import { createHash } from 'node:crypto';
import { XSD } from '../../src/vocab/index.js';

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
 * `_:` only; literals are compared by value where engines write the same value differently (`literalValue`). Pure.
 */
export function digestSolutions(solutions: readonly SolutionView[]): ResultDigest {
  const rows = solutions.map((solution) => [...solution.variables].sort().map((variable) => `${variable}=${solution.get(variable) ?? ''}`).join('\u0001')).sort();
  return { rows: rows.length, digest: createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16) };
}

const NUMERIC = new Set<string>([XSD.integer, XSD.decimal, XSD.double, XSD.float]);

/**
 * The value of a literal in one canonical spelling, for the kinds that engines write differently: Oxigraph stores
 * `xsd:dateTime` and numbers by value and writes them canonically (`10:00:00.120Z` comes back as `10:00:00.12Z`),
 * an n3 store keeps the lexical form it was given. Other lexical forms are returned as they are. Pure.
 */
export function literalValue(lexical: string, datatype: string | undefined): string {
  if (datatype === XSD.dateTime) {
    const time = Date.parse(lexical);
    return Number.isNaN(time) ? lexical : new Date(time).toISOString();
  }
  if (datatype !== undefined && NUMERIC.has(datatype)) {
    const number = Number(lexical);
    return Number.isNaN(number) ? lexical : String(number);
  }
  return lexical;
}

/** Solutions of a SPARQL 1.1 Query Results JSON document (§3), blank nodes folded to `_:`. */
export function solutionsOfJson(body: string): SolutionView[] {
  const document = JSON.parse(body) as { results?: { bindings?: Record<string, { type: string; value: string; datatype?: string }>[] } };
  return (document.results?.bindings ?? []).map((binding) => ({
    variables: Object.keys(binding),
    get: (variable: string) => {
      const term = binding[variable];
      return term === undefined ? undefined : term.type === 'bnode' ? '_:' : literalValue(term.value, term.datatype);
    },
  }));
}

/** Solutions of RDF/JS-style bindings: `[variable, term]` pairs (Oxigraph's `Map`s, Comunica's `Bindings`). */
export function solutionsOfTerms(
  bindings: Iterable<Iterable<readonly [string | { value: string }, { termType: string; value: string; datatype?: { value: string } }]>>,
): SolutionView[] {
  return [...bindings].map((binding) => {
    const values = new Map<string, string>();
    for (const [variable, term] of binding) values.set(typeof variable === 'string' ? variable : variable.value, term.termType === 'BlankNode' ? '_:' : literalValue(term.value, term.datatype?.value));
    return { variables: [...values.keys()], get: (variable: string) => values.get(variable) };
  });
}
