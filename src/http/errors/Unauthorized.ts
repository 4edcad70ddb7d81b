import { HttpError } from './HttpError.js';

/** HTTP 401. */
export class Unauthorized extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(401, message, options);
  }
}
