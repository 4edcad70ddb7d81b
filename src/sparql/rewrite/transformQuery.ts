import type sparqljs from 'sparqljs';

/** Where a sequence of group elements sits. */
export interface TransformContext {
  /** The name of the innermost enclosing `GRAPH`, if any (SPARQL 1.1 Query §13.3). */
  graph?: sparqljs.IriTerm | sparqljs.VariableTerm;
  /** True inside the pattern of an `EXISTS` or `NOT EXISTS` (SPARQL 1.1 Query §8.1), at any depth. */
  inExists?: boolean;
}

/** What a rewrite changes; each hook returns `undefined` to keep its input. */
export interface QueryTransform {
  /**
   * Rewrites the elements of one group graph pattern (a `WHERE` clause, `{ … }`, `OPTIONAL`, `MINUS`, `GRAPH`,
   * `EXISTS` body or `UNION` branch), after their own parts have been rewritten.
   */
  sequence?(patterns: readonly sparqljs.Pattern[], context: TransformContext): sparqljs.Pattern[] | undefined;
  /** Rewrites one expression, after its arguments have been rewritten. */
  expression?(expression: sparqljs.Expression): sparqljs.Expression | undefined;
}

/**
 * Applies a {@link QueryTransform} everywhere in a parsed query — `WHERE`, subqueries, `EXISTS`, `UNION`
 * branches, projections, `GROUP BY`, `HAVING`, `ORDER BY` — except inside `SERVICE`, which another endpoint
 * evaluates. Copy on write: the input is never changed, and the result is `undefined` when nothing was
 * rewritten. Pure.
 */
export function transformQuery(query: sparqljs.SparqlQuery, transform: QueryTransform): sparqljs.SparqlQuery | undefined {
  const result = new Transformer(transform).query(query, {});
  return result === query ? undefined : result;
}

/** The parts of a query that hold patterns or expressions. */
interface QueryParts {
  where?: sparqljs.Pattern[];
  variables?: (sparqljs.Variable | sparqljs.Wildcard)[];
  group?: sparqljs.Grouping[];
  having?: sparqljs.Expression[];
  order?: sparqljs.Ordering[];
}

class Transformer {
  constructor(private readonly transform: QueryTransform) {}

  query<Q extends sparqljs.SparqlQuery>(query: Q, context: TransformContext): Q {
    if (query.type !== 'query') return query;
    // ASK, CONSTRUCT and DESCRIBE may carry GROUP BY, HAVING and ORDER BY too (SPARQL 1.1 Query §19.8, [7]–[12]).
    const parts = query as QueryParts;
    const copy: QueryParts = { ...parts };
    let changed = false;
    const set = <K extends keyof QueryParts>(key: K, after: QueryParts[K]): void => {
      if (after !== parts[key]) {
        copy[key] = after;
        changed = true;
      }
    };
    if (parts.where) set('where', this.sequence(parts.where, context));
    if (parts.variables) set('variables', this.list(parts.variables, (variable) => ('expression' in variable ? this.withExpression(variable, context) : variable)));
    if (parts.group) set('group', this.list(parts.group, (grouping) => this.withExpression(grouping, context)));
    if (parts.having) set('having', this.list(parts.having, (expression) => this.expression(expression, context)));
    if (parts.order) set('order', this.list(parts.order, (ordering) => this.withExpression(ordering, context)));
    return changed ? (copy as Q) : query;
  }

  private withExpression<T extends { expression: sparqljs.Expression }>(holder: T, context: TransformContext): T {
    const expression = this.expression(holder.expression, context);
    return expression === holder.expression ? holder : { ...holder, expression };
  }

  /** The elements of one group graph pattern. */
  private sequence(patterns: sparqljs.Pattern[], context: TransformContext): sparqljs.Pattern[] {
    const inner = this.list(patterns, (pattern) => this.pattern(pattern, context));
    return this.transform.sequence?.(inner, context) ?? inner;
  }

  /** A pattern that stands alone (a `UNION` branch, an `EXISTS` body): rewritten as a group of one. */
  private single(pattern: sparqljs.Pattern, context: TransformContext): sparqljs.Pattern {
    const rewritten = this.sequence([pattern], context);
    if (rewritten.length === 1 && rewritten[0] === pattern) return pattern;
    return rewritten.length === 1 && rewritten[0] !== undefined ? rewritten[0] : { type: 'group', patterns: rewritten };
  }

  private pattern(pattern: sparqljs.Pattern, context: TransformContext): sparqljs.Pattern {
    switch (pattern.type) {
      case 'group':
      case 'optional':
      case 'minus': {
        const patterns = this.sequence(pattern.patterns, context);
        return patterns === pattern.patterns ? pattern : { ...pattern, patterns };
      }
      case 'graph': {
        const patterns = this.sequence(pattern.patterns, { ...context, graph: pattern.name });
        return patterns === pattern.patterns ? pattern : { ...pattern, patterns };
      }
      case 'union': {
        const patterns = this.list(pattern.patterns, (branch) => this.single(branch, context));
        return patterns === pattern.patterns ? pattern : { ...pattern, patterns };
      }
      case 'filter':
      case 'bind': {
        const expression = this.expression(pattern.expression, context);
        return expression === pattern.expression ? pattern : { ...pattern, expression };
      }
      case 'query':
        return this.query(pattern, context);
      default:
        // bgp, values, and service (evaluated by another endpoint, left as it is).
        return pattern;
    }
  }

  private expression(expression: sparqljs.Expression, context: TransformContext): sparqljs.Expression {
    let current: sparqljs.Expression = expression;
    if (Array.isArray(expression)) {
      current = this.list(expression as sparqljs.Expression[], (item) => this.expression(item, context)) as sparqljs.Tuple;
    } else if ('type' in expression) {
      current = this.compound(expression, context);
    }
    return this.transform.expression?.(current) ?? current;
  }

  private compound(expression: Exclude<sparqljs.Expression, sparqljs.Term | sparqljs.Tuple>, context: TransformContext): sparqljs.Expression {
    switch (expression.type) {
      case 'operation': {
        // EXISTS / NOT EXISTS hold a pattern (SPARQL 1.1 Query §8.1); other operations hold expressions.
        const args = this.list(expression.args, (arg) => (isPattern(arg) ? this.single(arg, { ...context, inExists: true }) : this.expression(arg, context)));
        return args === expression.args ? expression : { ...expression, args };
      }
      case 'functionCall': {
        const args = this.list(expression.args, (arg) => this.expression(arg, context));
        return args === expression.args ? expression : { ...expression, args };
      }
      case 'aggregate': {
        if (isWildcard(expression.expression)) return expression;
        const inner = this.expression(expression.expression, context);
        return inner === expression.expression ? expression : { ...expression, expression: inner };
      }
      default:
        return expression;
    }
  }

  /** Maps a list, returning the same array when no element changed. */
  private list<T>(items: T[], map: (item: T) => T): T[] {
    let copy: T[] | undefined;
    items.forEach((item, index) => {
      const mapped = map(item);
      if (mapped !== item) (copy ??= [...items])[index] = mapped;
    });
    return copy ?? items;
  }
}

function isPattern(node: sparqljs.Expression | sparqljs.Pattern): node is sparqljs.Pattern {
  return !Array.isArray(node) && 'type' in node && ['bgp', 'group', 'optional', 'minus', 'union', 'graph', 'service', 'filter', 'bind', 'values', 'query'].includes(node.type);
}

function isWildcard(node: sparqljs.Expression | sparqljs.Wildcard): node is sparqljs.Wildcard {
  return 'termType' in node && node.termType === 'Wildcard';
}
