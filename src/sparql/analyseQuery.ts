import sparqljs from 'sparqljs';

/** What the endpoint needs to know about a query before running it. */
export interface QueryAnalysis {
  form: 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';
  /** Endpoints named in `SERVICE` clauses. */
  services: string[];
}

/** A query text that is not a SPARQL 1.1 query, with the parser's message (which gives the line). */
export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

/** An update operation sent to the read-only query endpoint. */
export class UpdateNotAllowedError extends Error {
  constructor() {
    super('This endpoint is read-only: SPARQL Update operations are not accepted.');
    this.name = 'UpdateNotAllowedError';
  }
}

/**
 * Parses a query with sparqljs (before it reaches the engine) to learn its form and the `SERVICE` endpoints it
 * calls, and to reject syntax errors and updates with a clear message. Pure.
 */
export function analyseQuery(query: string, baseIri?: string): QueryAnalysis {
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ ...(baseIri ? { baseIRI: baseIri } : {}), sparqlStar: false }).parse(query);
  } catch (error) {
    throw new QuerySyntaxError((error as Error).message);
  }
  if (parsed.type === 'update') throw new UpdateNotAllowedError();
  const services: string[] = [];
  collectServices(parsed, services);
  return { form: parsed.queryType, services };
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
