import { HttpError } from './HttpError.js';

/** HTTP 413. */
export class PayloadTooLarge extends HttpError {
  constructor(message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(413, message, options);
  }
}
