import { HttpError } from './HttpError.js';

/** HTTP 415. */
export class UnsupportedMediaType extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(415, message, options);
  }
}
