import type { QueryForm } from '../graph/queryShape.js';
import { sparqlTokens } from '../graph/sparqlTokens.js';

/** A query with the endpoint's row limit applied. */
export interface CappedQuery {
  /** The query to run: the original text, with its top-level `LIMIT` lowered or a `LIMIT` added. */
  query: string;
  /** True when the text was changed, i.e. the results may be cut at the limit. */
  capped: boolean;
}

/**
 * Applies the endpoint's maximum number of result rows to a query (SELECT rows; CONSTRUCT and DESCRIBE
 * solutions), so that Oxigraph stops evaluating at the limit instead of computing everything and having it
 * cut afterwards. The top-level solution modifier of SPARQL 1.1 Query §18.2.5 (`LIMIT`, `OFFSET`) is the only
 * `LIMIT` outside braces, and the trailing `VALUES` block (§10.2.2) the only `VALUES` outside braces:
 *
 * - a top-level `LIMIT n` with n > `maxRows` becomes `LIMIT maxRows`;
 * - without a top-level `LIMIT`, `LIMIT maxRows` is added after the solution modifiers (before a trailing
 *   `VALUES` block), where the grammar allows it whatever `GROUP BY`, `ORDER BY` or `OFFSET` precede it.
 *
 * ASK queries are left alone (one boolean). The query must already have parsed (`analyseQuery`). Pure.
 */
export function capResultRows(query: string, form: QueryForm, maxRows: number): CappedQuery {
  if (form === 'ASK') return { query, capped: false };
  let depth = 0;
  let limitSeen = false;
  let valuesAt: number | undefined;
  for (const token of sparqlTokens(query)) {
    if (token.text === '{') depth++;
    else if (token.text === '}') depth--;
    else if (depth === 0 && token.word !== undefined) {
      if (limitSeen) {
        const limit = Number(token.word);
        if (!Number.isInteger(limit) || limit <= maxRows) return { query, capped: false };
        return { query: `${query.slice(0, token.index)}${maxRows}${query.slice(token.index + token.text.length)}`, capped: true };
      }
      if (token.word === 'LIMIT') limitSeen = true;
      else if (token.word === 'VALUES') valuesAt ??= token.index;
    }
  }
  const clause = `LIMIT ${maxRows}`;
  if (valuesAt !== undefined) return { query: `${query.slice(0, valuesAt)}${clause}\n${query.slice(valuesAt)}`, capped: true };
  // On a line of its own: the query may end in a comment.
  return { query: `${query}\n${clause}\n`, capped: true };
}
