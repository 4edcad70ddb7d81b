import sparqljs from 'sparqljs';
import { rewriteDisjointMinusInGraph } from './rewriteDisjointMinusInGraph.js';
import { rewriteGroupConcat } from './rewriteGroupConcat.js';
import { rewriteZeroLengthPaths } from './rewriteZeroLengthPaths.js';

/** A rewrite of a parsed query; `undefined` when the query has nothing to rewrite. */
export type QueryRewrite = (query: sparqljs.SparqlQuery) => sparqljs.SparqlQuery | undefined;

/** The rewrites that make Oxigraph 0.5.11 answer as SPARQL 1.1 Query says (decision 0033), in the order applied. */
export const ENGINE_DEVIATION_REWRITES: readonly QueryRewrite[] = [rewriteGroupConcat, rewriteZeroLengthPaths, rewriteDisjointMinusInGraph];

/**
 * Applies meaning-preserving rewrites for engine deviations to a query parsed by `analyseQuery`, and returns the
 * text to run, regenerated from the rewritten syntax tree with sparqljs — or `undefined` when no rewrite applied,
 * so that every other query runs exactly as the client wrote it. Also `undefined` when the regenerated text does
 * not parse again: sparqljs 3.7.4's generator writes several `HAVING` conditions without brackets, and keeps the
 * backslash of a prefixed name's escape (`:c\?`) inside the IRI it writes; such a query then runs as written,
 * with the deviation, rather than fail. Pure.
 */
export function rewriteQuery(query: sparqljs.SparqlQuery, rewrites: readonly QueryRewrite[] = ENGINE_DEVIATION_REWRITES): string | undefined {
  let current = query;
  for (const rewrite of rewrites) current = rewrite(current) ?? current;
  if (current === query) return undefined;
  const text = new sparqljs.Generator().stringify(current);
  return parsesAgain(text) ? text : undefined;
}

function parsesAgain(text: string): boolean {
  try {
    new sparqljs.Parser({ sparqlStar: false }).parse(text);
    return true;
  } catch {
    return false;
  }
}
