import { sleep } from './sleep.js';

interface HostState {
  active: number;
  waiting: (() => void)[];
  /** Earliest time (performance.now() ms) the next request to the host may start. */
  nextStart: number;
}

/**
 * Politeness per host (DESIGN §6): at most `concurrency` requests to one host at a time, and at least
 * `delayMs` between the starts of two requests to it. Requests to different hosts do not wait for each
 * other. A host may ask for a longer delay (robots.txt `Crawl-delay`) with `slowDown`.
 */
export class HostThrottle {
  private readonly hosts = new Map<string, HostState>();
  private readonly delays = new Map<string, number>();

  constructor(private readonly options: { concurrency: number; delayMs: number; now?: () => number }) {}

  /** Runs `task` when the host of `url` has a free slot and its delay has passed. */
  async run<T>(url: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const host = new URL(url).host;
    const state = this.state(host);
    // A finishing request hands its slot straight to the next waiting one, so `active` never overshoots.
    if (state.active >= this.options.concurrency) await new Promise<void>((resolve) => state.waiting.push(resolve));
    else state.active++;
    try {
      const now = this.now();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + (this.delays.get(host) ?? this.options.delayMs);
      if (start > now) await sleep(start - now, signal);
      return await task();
    } finally {
      const next = state.waiting.shift();
      if (next) next();
      else state.active--;
    }
  }

  /** Makes the delay between requests to `host` at least `delayMs`. */
  slowDown(host: string, delayMs: number): void {
    this.delays.set(host, Math.max(delayMs, this.delays.get(host) ?? this.options.delayMs));
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [], nextStart: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  private now(): number {
    return this.options.now?.() ?? performance.now();
  }
}
