import { HttpError } from './HttpError.js';

/** HTTP 503. */
export class ServiceUnavailable extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(503, message, options);
  }
}
