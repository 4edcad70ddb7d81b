/** A SPARQL Update operation sent to the read-only query endpoint (SPARQL 1.1 Protocol §2.2 is not offered). */
export class UpdateNotAllowedError extends Error {
  constructor() {
    super('This endpoint is read-only: SPARQL Update operations are not accepted.');
    this.name = 'UpdateNotAllowedError';
  }
}
