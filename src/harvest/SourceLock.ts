import { hostname } from 'node:os';
import type { Journal } from '../journal/Journal.js';
import { acquireSourceLock, releaseSourceLock, renewSourceLock, type SourceLockRow } from '../journal/sourceLocks.js';

/** Thrown when another run (in this process or another) holds the source's lock. */
export class SourceBusyError extends Error {
  constructor(readonly sourceId: string, readonly heldBy: SourceLockRow) {
    super(`source ${sourceId} is already being harvested (run ${heldBy.runId}, pid ${heldBy.pid} on ${heldBy.hostname}, lease until ${heldBy.expiresAt})`);
    this.name = 'SourceBusyError';
  }
}

/**
 * The lock that lets one run of a source at a time, across processes and restarts (issue 7): a lease row in
 * the journal, renewed every `leaseMs / 3` while the run goes on and released at its end. A process killed
 * with `kill -9` leaves its row behind; the next run on the same host sees that the pid is gone and takes it
 * over at once; on another host, when the lease has expired.
 */
export class SourceLock {
  private timer: NodeJS.Timeout | undefined;

  private constructor(private readonly journal: Journal, readonly sourceId: string, readonly runId: string, private readonly leaseMs: number) {}

  /** Takes the lock or throws `SourceBusyError`. */
  static acquire(journal: Journal, sourceId: string, runId: string, options: { leaseMs: number }): SourceLock {
    const result = acquireSourceLock(journal, sourceId, { runId, pid: process.pid, hostname: hostname() }, { now: new Date(), leaseMs: options.leaseMs, isAlive });
    if (!result.acquired) throw new SourceBusyError(sourceId, result.heldBy);
    const lock = new SourceLock(journal, sourceId, runId, options.leaseMs);
    lock.timer = setInterval(() => lock.renew(), Math.max(1000, Math.floor(options.leaseMs / 3)));
    lock.timer.unref();
    return lock;
  }

  release(): void {
    clearInterval(this.timer);
    releaseSourceLock(this.journal, this.sourceId, this.runId);
  }

  private renew(): void {
    try {
      renewSourceLock(this.journal, this.sourceId, this.runId, { now: new Date(), leaseMs: this.leaseMs });
    } catch {
      // The journal is busy or closing: the next beat tries again, and the lease is long enough for both.
    }
  }
}

/** Whether a process with this pid exists on this host (signal 0 checks without sending anything). */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
