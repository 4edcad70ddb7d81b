/** A SPARQL query that ran past its time limit and was stopped (its worker was terminated and is respawned). */
export class QueryTimeoutError extends Error {
  /** The time limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`The query was stopped after its time limit of ${timeoutMs} ms.`);
    this.name = 'QueryTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}
