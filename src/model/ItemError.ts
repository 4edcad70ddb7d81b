/**
 * A problem with one item of a source (one lesson, one file, one feed entry): reported in the harvest run,
 * never fatal to the run. Carries where it happened so that a provider can find and fix it.
 */
export class ItemError extends Error {
  constructor(
    message: string,
    /** File path or URL of the item. */
    readonly location: string,
    /** 1-based line in that file, where known. */
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ItemError';
  }

  /** `location:line: message`, the form of compiler diagnostics. */
  override toString(): string {
    return `${this.location}${this.line === undefined ? '' : `:${this.line}`}: ${this.message}`;
  }
}
