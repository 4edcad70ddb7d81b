import { HttpError } from './HttpError.js';

/**
 * HTTP 502: a server this one called on the client's behalf (an allow-listed SPARQL endpoint) failed. The message
 * says which and how, so it is shown to the client although the status is a 5xx.
 */
export class BadGateway extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(502, message, options);
  }

  override get expose(): boolean {
    return true;
  }
}
