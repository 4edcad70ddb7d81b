import { HttpError } from './HttpError.js';

/** HTTP 404. */
export class NotFound extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(404, message, options);
  }
}
