import type sparqljs from 'sparqljs';
import { transformQuery, type TransformContext } from './transformQuery.js';

/**
 * Drops a `MINUS` that cannot remove anything, inside `GRAPH ?var`, where Oxigraph 0.5.11 counts the graph
 * variable as shared by both sides and so removes every solution. SPARQL 1.1 Query §18.5: "Minus(Ω1, Ω2) = { μ |
 * μ in Ω1 . ∀ μ' in Ω2, either μ and μ' are not compatible or dom(μ) and dom(μ') are disjoint }" — when no
 * variable can be bound on both sides, every pair has disjoint domains and the result is Ω1. The graph
 * variable is not in the domain of the solutions of the pattern inside `GRAPH` unless that pattern mentions it
 * (§18.6, eval(D(G), Graph(var, P)) joins the graph name after evaluating P), which is where Oxigraph deviates.
 *
 * "Can be bound" is over-approximated by every variable written anywhere in the elements before the `MINUS` in
 * its group (its left side, §18.2.2.6) and anywhere in the `MINUS` (filters and subqueries included), so a
 * `MINUS` is dropped only when it is certainly a no-op. A `MINUS` holding a `SERVICE` is kept (a failing
 * service fails the query). Outside `GRAPH ?var` Oxigraph is right and nothing changes. Returns `undefined`
 * when no `MINUS` was dropped. Pure.
 */
export function rewriteDisjointMinusInGraph(query: sparqljs.SparqlQuery): sparqljs.SparqlQuery | undefined {
  return transformQuery(query, { sequence: rewriteSequence });
}

function rewriteSequence(patterns: readonly sparqljs.Pattern[], context: TransformContext): sparqljs.Pattern[] | undefined {
  if (context.graph?.termType !== 'Variable') return undefined;
  const out: sparqljs.Pattern[] = [];
  const left = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.type === 'minus' && !mentionsService(pattern) && disjoint(left, variablesIn(pattern))) continue;
    out.push(pattern);
    for (const name of variablesIn(pattern)) left.add(name);
  }
  return out.length === patterns.length ? undefined : out;
}

function disjoint(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  for (const name of right) if (left.has(name)) return false;
  return true;
}

/** The names of all variables written anywhere in an AST node (`VALUES` rows are keyed by `?name`). */
function variablesIn(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) variablesIn(child, out);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.termType === 'Variable' && typeof record.value === 'string') {
      out.add(record.value);
      return out;
    }
    // A VALUES block, or the trailing VALUES of a subquery.
    if ((record.type === 'values' || record.type === 'query') && Array.isArray(record.values)) {
      for (const row of record.values as Record<string, unknown>[]) for (const key of Object.keys(row)) out.add(key.replace(/^[?$]/, ''));
    }
    for (const value of Object.values(record)) variablesIn(value, out);
  }
  return out;
}

function mentionsService(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(mentionsService);
  if (node === null || typeof node !== 'object') return false;
  const record = node as Record<string, unknown>;
  return record.type === 'service' || Object.values(record).some(mentionsService);
}
