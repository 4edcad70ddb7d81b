import { HttpError } from './HttpError.js';

/** HTTP 409 (e.g. a harvest of a source that is already being harvested). */
export class Conflict extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(409, message, options);
  }
}
