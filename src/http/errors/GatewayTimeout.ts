import { HttpError } from './HttpError.js';

/** HTTP 504. */
export class GatewayTimeout extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(504, message, options);
  }
}
