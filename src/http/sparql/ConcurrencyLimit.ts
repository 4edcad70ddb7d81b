/**
 * A counter of queries in progress with a ceiling (`sparql.maxConcurrent`), and a bounded first-in first-out queue
 * in front of it (`sparql.maxQueued`): a burst of clients waits its turn instead of being refused, and only what
 * does not fit in the queue, or waits longer than the queue's time limit, is refused (the caller answers 503 with
 * `Retry-After`). Queued requests whose client has gone are dropped from the queue.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: { grant(): void }[] = [];

  constructor(
    readonly max: number,
    readonly maxQueued = 0,
  ) {}

  /** Takes a slot now; false when all are taken. */
  tryAcquire(): boolean {
    if (this.running >= this.max) return false;
    this.running++;
    return true;
  }

  /**
   * Takes a slot, waiting in the queue for at most `waitMs` when all are taken. Resolves false when the queue is
   * full, the wait runs out, or `signal` aborts (the client went away) — nothing is held then.
   */
  acquire(waitMs: number, signal?: AbortSignal): Promise<boolean> {
    if (this.waiting.length === 0 && this.tryAcquire()) return Promise.resolve(true);
    if (this.waiting.length >= this.maxQueued || signal?.aborted) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const leave = (granted: boolean): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const index = this.waiting.indexOf(entry);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(granted);
      };
      const entry = {
        grant: () => {
          this.running++;
          leave(true);
        },
      };
      const onAbort = (): void => leave(false);
      const timer = setTimeout(() => leave(false), waitMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  /** Gives a slot back, to the longest-waiting request if there is one. */
  release(): void {
    this.running = Math.max(0, this.running - 1);
    if (this.running < this.max) this.waiting[0]?.grant();
  }

  /** Slots taken now. */
  get inUse(): number {
    return this.running;
  }

  /** Requests waiting for a slot now. */
  get queued(): number {
    return this.waiting.length;
  }
}
