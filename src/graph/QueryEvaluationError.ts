/**
 * A query that Oxigraph refused or could not evaluate: a syntax error (with line and column), an update sent
 * as a query, an unsupported `SERVICE`, a bad IRI… The message is Oxigraph's own, meant for the client.
 */
export class QueryEvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryEvaluationError';
  }
}
