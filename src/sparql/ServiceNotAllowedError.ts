/**
 * A query with `SERVICE` to an endpoint outside the allow-list (or to a variable endpoint): refused before
 * anything runs, so that no request ever leaves the server because of a query.
 */
export class ServiceNotAllowedError extends Error {
  /** The endpoints that are not allowed (`?` for a variable). */
  readonly endpoints: readonly string[];

  constructor(endpoints: readonly string[]) {
    super(`SERVICE is not allowed to ${endpoints.join(', ')}: this endpoint calls only the endpoints of its allow-list.`);
    this.name = 'ServiceNotAllowedError';
    this.endpoints = endpoints;
  }
}
