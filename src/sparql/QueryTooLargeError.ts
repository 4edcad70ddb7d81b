/** A query text longer than the endpoint's `maxQueryBytes` limit. */
export class QueryTooLargeError extends Error {
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(`The query is longer than the limit of ${limitBytes} bytes.`);
    this.name = 'QueryTooLargeError';
    this.limitBytes = limitBytes;
  }
}
