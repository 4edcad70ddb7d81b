/**
 * An error that maps to one HTTP status. Thrown deep, rendered once by `errorHandler` in the negotiated
 * media type (STYLE principle 5). `expose` errors show their message to the client; 5xx messages are masked.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.headers = options?.headers ?? {};
  }

  /** Extra response headers (e.g. `Allow`, `Retry-After`). */
  readonly headers: Record<string, string>;

  get expose(): boolean {
    return this.status < 500 || this.status === 503;
  }
}
