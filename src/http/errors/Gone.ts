import { HttpError } from './HttpError.js';

/** HTTP 410. */
export class Gone extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(410, message, options);
  }
}
