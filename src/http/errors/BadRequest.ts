import { HttpError } from './HttpError.js';

/** HTTP 400. */
export class BadRequest extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(400, message, options);
  }
}
