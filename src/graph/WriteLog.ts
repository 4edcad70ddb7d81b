import type { GraphWrite } from './GraphWrite.js';

/** A write and its number, in the order writes were invoked. */
export interface LoggedWrite {
  seq: number;
  write: GraphWrite;
}

/**
 * The writes a worker that is being rebuilt must replay. A rebuilt worker loads `reload()`, which reflects
 * every write invoked before the rebuild started (callers write to the journal first, then to the index);
 * writes invoked later may or may not be in it. Replaying them in order is safe because each write sets whole
 * graphs (or the whole dataset): applying it again after a later state gives the same result.
 *
 * Writes are numbered when invoked; a rebuild takes a mark (the last number so far) before calling
 * `reload()`, and before its worker goes into service it replays the writes after the mark that were already
 * sent to the other workers. Writes sent after that reach the new worker like any other. Writes are kept only
 * while a rebuild that may need them is under way.
 */
export class WriteLog {
  private invoked = 0;
  private sent = 0;
  private entries: LoggedWrite[] = [];
  private readonly marks: number[] = [];

  /** Numbers a write as it is invoked. */
  record(write: GraphWrite): number {
    const seq = ++this.invoked;
    if (this.marks.length > 0) this.entries.push({ seq, write });
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

  /** The writes numbered after `seq` that were already sent to the live workers, oldest first. */
  sentAfter(seq: number): LoggedWrite[] {
    return this.entries.filter((entry) => entry.seq > seq && entry.seq <= this.sent);
  }

  /** The rebuild that took `mark` is over (its worker is in service, or it gave up). */
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
