import type sparqljs from 'sparqljs';
import { DataFactory } from 'n3';
import { transformQuery } from './transformQuery.js';

/**
 * Makes `GROUP_CONCAT` return a simple literal, as SPARQL 1.1 Query §18.5.1.7 defines it, where Oxigraph 0.5.11
 * keeps a language tag common to all values. §18.5.1.7: "GroupConcat(S, sep) = CONCAT("", S0) where |S| = 1;
 * CONCAT(S0, sep, GroupConcat(S1..n-1, sep)) where |S| > 1" (and "" for none), with `sep` a simple literal: by
 * the rules of CONCAT (§17.4.3.12, "in all other cases, the returned literal is a simple literal") the result
 * is a simple literal whenever it is not an error.
 *
 * Each `GROUP_CONCAT(…)` becomes `CONCAT("", GROUP_CONCAT(…))`, which keeps the lexical form, turns a
 * language-tagged result into a simple literal, leaves a simple literal as it is, and keeps an error an error —
 * so values CONCAT refuses (IRIs, blank nodes, numbers: an error per §18.5.1.7, and in Oxigraph) still make
 * the aggregate an error. The aggregate's own expression is untouched and evaluated once. Applies wherever
 * an aggregate may stand (projection, `HAVING`, `ORDER BY`), subqueries included. Returns `undefined` when the
 * query has no `GROUP_CONCAT`. Pure.
 */
export function rewriteGroupConcat(query: sparqljs.SparqlQuery): sparqljs.SparqlQuery | undefined {
  return transformQuery(query, { expression: rewriteExpression });
}

const EMPTY = DataFactory.literal('') as sparqljs.LiteralTerm;

function rewriteExpression(expression: sparqljs.Expression): sparqljs.Expression | undefined {
  if (Array.isArray(expression) || !('type' in expression) || expression.type !== 'aggregate') return undefined;
  if (expression.aggregation.toLowerCase() !== 'group_concat') return undefined;
  return { type: 'operation', operator: 'concat', args: [EMPTY, expression] };
}
