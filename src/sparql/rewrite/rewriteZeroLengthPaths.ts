import type sparqljs from 'sparqljs';
import { transformQuery, type TransformContext } from './transformQuery.js';

/** A constant end of a path: an IRI or a literal (a blank node in a query is a variable). */
type Constant = sparqljs.IriTerm | sparqljs.LiteralTerm;

/**
 * Makes zero-length property paths with a constant end match that constant even when it does not occur in the
 * data, as SPARQL 1.1 Query §18.4 defines them, which Oxigraph 0.5.11 does not (it matches only terms of the
 * graph). For a triple whose predicate is a `*` or `?` path:
 *
 * - `c P* ?v` and `c P? ?v` (and `?v P* c`, `?v P? c`), with c an IRI or literal, become
 *   `{ BIND(c AS ?v) } UNION { c P* ?v FILTER(!sameTerm(?v, c)) }`. §18.4: "eval(Path(X:term,
 *   ZeroOrMorePath(P), Y:var)) = { (Y, n) | n in ALP(X, P) }", and ALP starts with X itself; ZeroOrOnePath is
 *   "{ (Y, yn) | yn = X or (Y, yn) in eval(Path(X, P, Y)) }". Both are sets: c once (first branch), every other
 *   reachable term once (the engine's own set evaluation of the path, with c removed so that it is not counted
 *   twice when it occurs in the data or on a cycle). The zero-length solution is written `BIND(c AS ?v)`, which
 *   Oxigraph evaluates inside `GRAPH` once per named graph as §18.6 says (a `VALUES` block there only once,
 *   whatever the graphs); inside `EXISTS` it is written `VALUES ?v { c }`, because there Oxigraph lets a `BIND`
 *   overwrite the outer solution's ?v instead of joining with it. Inside `EXISTS` within `GRAPH` neither form is
 *   right on Oxigraph, and the path is left alone.
 * - `c P* c` and `c P? c` (the same constant at both ends) always match: the triple is removed (joining with the
 *   empty pattern changes nothing).
 *
 * The triple leaves its basic graph pattern and the union is placed right after it in the same group: a group
 * joins its elements (§18.2.2.6 turns each path triple into a separate `Path` that is joined anyway), so the
 * position among joins does not matter, and blank-node labels stay within their own basic graph pattern.
 * Left alone: paths whose other end is a blank node, zero-length paths nested in a sequence or alternative
 * (`c (P*)/Q ?v`), two different constants (no zero-length match), and `EXISTS` inside `GRAPH` or `GRAPH` inside
 * `EXISTS` (see above). Applies inside `GRAPH` otherwise (§18.4's definition does not depend on the active
 * graph). Returns `undefined` when the query has no such path. Pure.
 */
export function rewriteZeroLengthPaths(query: sparqljs.SparqlQuery): sparqljs.SparqlQuery | undefined {
  return transformQuery(query, { sequence: rewriteSequence });
}

function rewriteSequence(patterns: readonly sparqljs.Pattern[], context: TransformContext): sparqljs.Pattern[] | undefined {
  // Oxigraph evaluates VALUES inside GRAPH once, not per graph; and BIND inside EXISTS against the outer
  // solution's value of its variable. Where both enclose the path, neither form is right: left alone.
  if (context.inExists && context.graph !== undefined) return undefined;
  const form = context.inExists ? 'values' : 'bind';
  let changed = false;
  const out: sparqljs.Pattern[] = [];
  for (const pattern of patterns) {
    if (pattern.type !== 'bgp') {
      out.push(pattern);
      continue;
    }
    const kept: sparqljs.Triple[] = [];
    const unions: sparqljs.Pattern[] = [];
    for (const triple of pattern.triples) {
      const rewritten = rewriteTriple(triple, form);
      if (rewritten === undefined) kept.push(triple);
      else {
        changed = true;
        if (rewritten !== 'always') unions.push(rewritten);
      }
    }
    if (kept.length === pattern.triples.length) out.push(pattern);
    else if (kept.length > 0) out.push({ ...pattern, triples: kept });
    out.push(...unions);
  }
  return changed ? out : undefined;
}

/** The union that replaces a path triple, `'always'` when it always matches, `undefined` to keep it. */
function rewriteTriple(triple: sparqljs.Triple, form: ConstantForm): sparqljs.UnionPattern | 'always' | undefined {
  const { subject, predicate, object } = triple;
  if (!('type' in predicate) || predicate.type !== 'path' || (predicate.pathType !== '*' && predicate.pathType !== '?')) return undefined;
  const start = subject as sparqljs.Term;
  if (isConstant(start) && isConstant(object)) return start.equals(object) ? 'always' : undefined;
  if (isConstant(start) && object.termType === 'Variable') return zeroOrPath(triple, start, object, form);
  if (isConstant(object) && start.termType === 'Variable') return zeroOrPath(triple, object, start, form);
  return undefined;
}

/** How the zero-length solution `?v = c` is written: `BIND(c AS ?v)` or `VALUES ?v { c }`. */
type ConstantForm = 'bind' | 'values';

/** `{ BIND(c AS ?v) } UNION { <triple> FILTER(!sameTerm(?v, c)) }` (or `VALUES ?v { c }`) */
function zeroOrPath(triple: sparqljs.Triple, constant: Constant, variable: sparqljs.VariableTerm, form: ConstantForm): sparqljs.UnionPattern {
  const different: sparqljs.OperationExpression = {
    type: 'operation',
    operator: '!',
    args: [{ type: 'operation', operator: 'sameterm', args: [variable, constant] }],
  };
  return {
    type: 'union',
    patterns: [
      {
        type: 'group',
        patterns: [form === 'bind' ? { type: 'bind', variable, expression: constant } : { type: 'values', values: [{ [`?${variable.value}`]: constant }] }],
      },
      { type: 'group', patterns: [{ type: 'bgp', triples: [triple] }, { type: 'filter', expression: different }] },
    ],
  };
}

function isConstant(term: sparqljs.Term): term is Constant {
  return term.termType === 'NamedNode' || term.termType === 'Literal';
}
