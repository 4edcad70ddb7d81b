import sparqljs from 'sparqljs';
import type { QueryForm } from '../graph/queryShape.js';
import { QuerySyntaxError } from './QuerySyntaxError.js';
import { UpdateNotAllowedError } from './UpdateNotAllowedError.js';


/** What the endpoint needs to know about a query before running it. */
export interface QueryAnalysis {
  form: QueryForm;
  /** Endpoints named in `SERVICE` clauses (`?` for a variable endpoint), in the order they appear. */
  services: string[];
  /** The query as sparqljs parsed it (IRIs resolved against `baseIri`), for rewrites (`rewriteQuery`). */
  syntaxTree: sparqljs.SparqlQuery;
}

/** The position jison (sparqljs's parser generator) attaches to a parse error. */
interface JisonErrorHash {
  loc?: { first_line?: number; first_column?: number };
}

/**
 * Parses a query with sparqljs before it reaches the engine, to learn its form and the `SERVICE` endpoints it
 * calls, and to reject syntax errors (with the parser's message, line and column) and updates. `baseIri`
 * resolves relative IRIs (the endpoint URL; SPARQL 1.1 Query §4.1.1). Pure.
 */
export function analyseQuery(query: string, baseIri?: string): QueryAnalysis {
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ ...(baseIri ? { baseIRI: baseIri } : {}), sparqlStar: false }).parse(query);
  } catch (error) {
    const { message, hash } = error as Error & { hash?: JisonErrorHash };
    const line = hash?.loc?.first_line;
    const column = hash?.loc?.first_column;
    throw new QuerySyntaxError(message, { ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column: column + 1 }) });
  }
  if (parsed.type === 'update') throw new UpdateNotAllowedError();
  const services: string[] = [];
  collectServices(parsed, services);
  return { form: parsed.queryType, services, syntaxTree: parsed };
}

function collectServices(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collectServices(child, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'service') {
    const name = record.name as { termType?: string; value?: string } | undefined;
    out.push(name?.termType === 'NamedNode' && name.value ? name.value : '?');
  }
  for (const value of Object.values(record)) collectServices(value, out);
}
