/**
 * A query sent before the graph index has loaded the catalog for the first time (the server listens, and serves
 * records and feeds from the journal, while the index loads: docs/decisions/0036). Not the client's fault: the
 * same query succeeds once the load is done.
 */
export class GraphIndexLoadingError extends Error {
  constructor() {
    super('The graph index is still loading the catalog from the journal.');
    this.name = 'GraphIndexLoadingError';
  }
}
