import { HttpError } from './HttpError.js';

/** HTTP 406. */
export class NotAcceptable extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(406, message, options);
  }
}
