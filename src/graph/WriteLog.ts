import type { WorkerCommand } from './workerProtocol.js';

/**
 * The writes a worker that is being rebuilt must replay. A rebuilt worker loads `reload()`, which reflects
 * every write invoked before the rebuild started (callers write to the journal first, then to the index);
 * writes invoked later may or may not be in it. Replaying them in order is safe because each write sets whole
 * graphs (or the whole dataset): applying it again after a later state gives the same result.
 *
 * Writes are numbered when invoked; a rebuild takes a mark (the last number so far) before calling
 * `reload()`, and when it starts its worker replays the writes after the mark that were already sent to the
 * other workers. Writes sent after that reach the new worker like any other. Writes are kept only while a
 * rebuild that may need them is under way.
 */
export class WriteLog {
  private invoked = 0;
  private sent = 0;
  private entries: { seq: number; command: WorkerCommand }[] = [];
  private readonly marks: number[] = [];

  /** Numbers a write as it is invoked. */
  record(command: WorkerCommand): number {
    const seq = ++this.invoked;
    if (this.marks.length > 0) this.entries.push({ seq, command });
    return seq;
  }

  /** Notes that write `seq` is now being sent to every live worker. */
  sending(seq: number): void {
    this.sent = Math.max(this.sent, seq);
  }

  /** A rebuild starts: the writes invoked so far are assumed to be in `reload()`. */
  mark(): number {
    this.marks.push(this.invoked);
    return this.invoked;
  }

  /** The writes a worker rebuilt after `mark` must replay, oldest first. */
  replayAfter(mark: number): WorkerCommand[] {
    return this.entries.filter(({ seq }) => seq > mark && seq <= this.sent).map(({ command }) => command);
  }

  /** The rebuild that took `mark` is over (its worker has its replays queued, or it gave up). */
  release(mark: number): void {
    const index = this.marks.indexOf(mark);
    if (index >= 0) this.marks.splice(index, 1);
    const oldest = Math.min(...this.marks);
    this.entries = this.entries.filter(({ seq }) => seq > oldest);
  }

  /** Number of writes held for replay. */
  get held(): number {
    return this.entries.length;
  }
}
