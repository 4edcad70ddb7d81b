/** A counter of requests in progress with a ceiling: what the endpoint's `maxConcurrent` limit counts. */
export class ConcurrencyLimit {
  private running = 0;

  constructor(readonly max: number) {}

  /** Takes a slot; false when all are taken (the caller answers 503 with `Retry-After`). */
  tryAcquire(): boolean {
    if (this.running >= this.max) return false;
    this.running++;
    return true;
  }

  release(): void {
    this.running = Math.max(0, this.running - 1);
  }

  /** Slots taken now. */
  get inUse(): number {
    return this.running;
  }
}
