/**
 * A feed that cannot be read as a whole (missing, not JSON, not an array of entries). The harvest of the whole
 * source fails with it: a partial or garbled feed must never withdraw the lessons it no longer lists.
 */
export class FeedFormatError extends Error {
  constructor(
    message: string,
    /** URL or path of the feed. */
    readonly location: string,
    options?: { cause?: unknown },
  ) {
    super(`${location}: ${message}`, options);
    this.name = 'FeedFormatError';
  }
}
