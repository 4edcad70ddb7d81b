import { HttpError } from './HttpError.js';

/** HTTP 405. */
export class MethodNotAllowed extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(405, message, options);
  }
}
