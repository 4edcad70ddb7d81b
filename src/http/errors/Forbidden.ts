import { HttpError } from './HttpError.js';

/** HTTP 403. */
export class Forbidden extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(403, message, options);
  }
}
