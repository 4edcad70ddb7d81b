/**
 * A federated query that failed in Comunica or at a remote endpoint (unreachable, an error answer, results it
 * could not read). The message is Comunica's, which names the endpoint.
 */
export class FederatedQueryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FederatedQueryError';
  }
}
