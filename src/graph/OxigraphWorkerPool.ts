import type { Logger } from 'pino';
import { loggerFor } from '../log/logger.js';
import type { GraphIndex, GraphQueryOptions, GraphQueryResult, GraphReplacement } from './GraphIndex.js';
import { GraphLoadError, type GraphLoadFailure } from './GraphLoadError.js';
import { GraphIndexLoadingError } from './GraphIndexLoadingError.js';
import { GraphWorkerError } from './GraphWorkerError.js';
import { QueryTimeoutError } from './QueryTimeoutError.js';
import { queryShape } from './queryShape.js';
import { resultMediaTypesFor } from './resultMediaTypes.js';
import { UnsupportedResultFormatError } from './UnsupportedResultFormatError.js';
import { WorkerHandle } from './WorkerHandle.js';
import { workerQueryOptions } from './workerQueryOptions.js';
import type { GraphWrite } from './GraphWrite.js';
import { postWrite, type WriteOutcome } from './postWrite.js';
import type { WorkerCommand, WorkerValue } from './workerProtocol.js';
import { WriteLog } from './WriteLog.js';

/** Options of {@link OxigraphWorkerPool}. */
export interface OxigraphWorkerPoolOptions {
  /** Number of worker threads, each with a full copy of the dataset (default 2). */
  workers?: number;
  /**
   * The full current dataset as N-Quads documents (one per graph is best: blank nodes are scoped to a
   * document), read from the journal. Brings up a worker that replaces a killed one; must reflect every
   * write already handed to the index, so write to the journal first and to the index second.
   */
  reload: () => Promise<readonly string[]> | readonly string[];
  logger?: Logger;
  /** Characters of N-Quads per message of a whole-dataset load (default 4 M: a few ms of copying each). */
  chunkChars?: number;
}

/** A read waiting for an idle worker. */
interface Job {
  command: WorkerCommand;
  timeoutMs: number | undefined;
  resolve(value: WorkerValue): void;
  reject(error: Error): void;
}

const WORKER_URL = new URL('./oxigraphWorker.js', import.meta.url);
/** Longest delay `setTimeout` honours; longer limits mean no limit. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const MAX_BACKOFF_MS = 30_000;

/**
 * The graph index on Oxigraph (DESIGN §7): every worker thread holds a full copy of the dataset, so reads
 * scale with the workers and one can be killed while the others answer. Queries go to an idle worker, or
 * wait for one; a query past its time limit is stopped by terminating its worker, which is rebuilt in the
 * background from `reload()` plus the writes made since. Writes go to every worker, one write at a time.
 */
export class OxigraphWorkerPool implements GraphIndex {
  private readonly reload: () => Promise<readonly string[]> | readonly string[];
  private readonly logger: Logger;
  private readonly chunkChars: number;
  /** Workers in service: they get every write and may get reads. */
  private readonly live = new Set<WorkerHandle>();
  /** Workers being rebuilt: not in service yet. */
  private readonly starting = new Set<WorkerHandle>();
  /** Live workers a write is being sent to, run by run: no read goes to them meanwhile. */
  private readonly sending = new Set<WorkerHandle>();
  private readonly queue: Job[] = [];
  private readonly writeLog = new WriteLog();
  private writes: Promise<unknown> = Promise.resolve();
  /** Workers lost in a row before one finished loading: slows down respawns that keep failing. */
  private failedStarts = 0;
  private closed = false;
  /** Whether a whole dataset has been loaded once: before that the workers are empty and queries are refused. */
  private loaded = false;

  constructor(options: OxigraphWorkerPoolOptions) {
    const workers = options.workers ?? 2;
    if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, not ${workers}.`);
    this.reload = options.reload;
    this.logger = options.logger ?? loggerFor('graph-index');
    this.chunkChars = options.chunkChars ?? 4_000_000;
    for (let i = 0; i < workers; i++) this.live.add(this.spawn());
  }

  /**
   * Replaces the whole dataset. Rejects with `GraphLoadError` listing the documents that could not be parsed;
   * all the others are loaded.
   */
  loadAll(nquads: readonly string[]): Promise<void> {
    const done = this.write({ kind: 'load-all', documents: [...nquads] });
    // Unreadable documents are left out, the others are in: the index holds the dataset either way.
    void done.then(() => (this.loaded = true), (error: unknown) => (this.loaded ||= error instanceof GraphLoadError));
    return done;
  }

  /**
   * Whether the index has loaded a whole dataset once (`loadAll` finished). Until then `query` rejects with
   * `GraphIndexLoadingError` at once instead of waiting, so that a server can listen while its index loads.
   */
  isLoaded(): boolean {
    return this.loaded;
  }

  /**
   * Replaces graphs on every worker; queries that start after the promise resolves see the new data. Rejects
   * with `GraphLoadError` when a document cannot be parsed (its graph is left empty, the others are replaced).
   */
  replaceGraphs(graphs: readonly GraphReplacement[]): Promise<void> {
    if (graphs.length === 0) return Promise.resolve();
    return this.write({ kind: 'replace-graphs', graphs: graphs.map(({ graph, nquads }) => ({ graph, nquads })) });
  }

  /**
   * Runs a read-only query on an idle worker. Rejects with `UnsupportedResultFormatError` (before running),
   * `QueryEvaluationError` (Oxigraph's message), `QueryTimeoutError` (after `timeoutMs` of running; time spent
   * waiting for a worker does not count), `GraphWorkerError` (worker crashed, index closed) or
   * `GraphIndexLoadingError` (no dataset loaded yet).
   */
  async query(query: string, options: GraphQueryOptions): Promise<GraphQueryResult> {
    if (!this.loaded && !this.closed) throw new GraphIndexLoadingError();
    const mediaType = (options.format.split(';')[0] ?? '').trim().toLowerCase();
    const shape = queryShape(query);
    const supported = resultMediaTypesFor(shape.form);
    if (!supported.includes(mediaType)) throw new UnsupportedResultFormatError(options.format, shape.form, supported);
    const command: WorkerCommand = { type: 'query', query, options: workerQueryOptions(options, shape, mediaType) };
    const body = await this.read(command, options.timeoutMs);
    if (!(body instanceof Uint8Array)) throw new GraphWorkerError('The graph worker answered a query with something other than bytes.');
    return { body, mediaType };
  }

  /** Number of quads, counted by one worker. */
  async size(): Promise<number> {
    return Number(await this.read({ type: 'size' }, undefined));
  }

  /** Stops every worker; waiting and later requests reject with `GraphWorkerError`. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new GraphWorkerError('The graph index was closed.'));
    const handles = [...this.live, ...this.starting];
    this.live.clear();
    this.starting.clear();
    await Promise.all(handles.map((handle) => handle.terminate()));
  }

  private read(command: WorkerCommand, timeoutMs: number | undefined): Promise<WorkerValue> {
    return new Promise<WorkerValue>((resolve, reject) => {
      if (this.closed) {
        reject(new GraphWorkerError('The graph index is closed.'));
        return;
      }
      this.queue.push({ command, timeoutMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands waiting reads to idle workers. Only live workers are considered: a read never goes to a dead one. */
  private dispatch(): void {
    for (const handle of this.live) {
      if (this.queue.length === 0) return;
      if (handle.outstanding > 0 || this.sending.has(handle)) continue;
      const job = this.queue.shift();
      if (job !== undefined) this.start(handle, job);
    }
  }

  private start(handle: WorkerHandle, job: Job): void {
    let settled = false;
    const limit = job.timeoutMs;
    const timer =
      limit !== undefined && Number.isFinite(limit) && limit <= MAX_TIMER_MS
        ? setTimeout(() => {
            settled = true;
            job.reject(new QueryTimeoutError(limit));
            this.replace(handle, `a query ran past its limit of ${limit} ms`);
          }, Math.max(0, limit))
        : undefined;
    handle.request(job.command).then(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        job.resolve(value);
      },
      (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        job.reject(error);
      },
    );
  }

  /** Sends one write to every live worker, after the writes before it. */
  private write(write: GraphWrite): Promise<void> {
    if (this.closed) return Promise.reject(new GraphWorkerError('The graph index is closed.'));
    const seq = this.writeLog.record(write);
    const done = this.writes.then(() => this.broadcast(seq, write));
    this.writes = done.catch(() => undefined);
    return done;
  }

  private async broadcast(seq: number, write: GraphWrite): Promise<void> {
    this.writeLog.sending(seq);
    const targets = [...this.live];
    // No read may slip in between the runs of a whole-dataset load.
    for (const handle of targets) this.sending.add(handle);
    let outcomes: Promise<WriteOutcome>[];
    try {
      outcomes = await postWrite(targets, write, this.chunkChars);
    } finally {
      for (const handle of targets) this.sending.delete(handle);
      this.dispatch();
    }
    let failures: readonly GraphLoadFailure[] | undefined;
    let broken: Error | undefined;
    for (const [index, outcome] of (await Promise.all(outcomes)).entries()) {
      const handle = targets[index];
      if (outcome.error === undefined) failures ??= outcome.failures;
      else if (handle !== undefined && this.live.has(handle)) {
        // The worker is alive but its state is in doubt: rebuild it from the journal.
        broken ??= outcome.error;
        this.replace(handle, `a write failed: ${outcome.error.message}`);
      }
      // A worker lost meanwhile is rebuilt by a respawn that replays this write.
    }
    if (broken !== undefined) throw new GraphWorkerError(`A write to the graph index failed: ${broken.message}`, { cause: broken });
    if (failures !== undefined && failures.length > 0) throw new GraphLoadError(failures);
    if (this.closed) throw new GraphWorkerError('The graph index was closed during a write.');
  }

  private spawn(): WorkerHandle {
    return new WorkerHandle(WORKER_URL, {
      idle: () => this.dispatch(),
      lost: (handle, reason) => {
        this.starting.delete(handle);
        if (!this.live.delete(handle)) return; // a starting worker: its bringUp sees it and tries again
        this.logger.error({ threadId: handle.threadId, reason }, 'graph worker lost; starting a new one');
        this.failedStarts++;
        this.respawn();
      },
    });
  }

  /** Terminates a worker (even mid-query) and starts a replacement. */
  private replace(handle: WorkerHandle, reason: string): void {
    if (!this.live.delete(handle)) return;
    this.logger.warn({ threadId: handle.threadId, reason }, 'terminating graph worker; starting a new one');
    void handle.terminate();
    this.respawn();
  }

  private respawn(): void {
    if (this.closed) return;
    const mark = this.writeLog.mark();
    void this.bringUp(mark).finally(() => this.writeLog.release(mark));
  }

  /**
   * Loads `reload()` into a new worker, replays the writes it missed, and puts it in service. The worker
   * joins the live set in the same turn as its last replay is sent, so no write falls in between.
   */
  private async bringUp(mark: number): Promise<void> {
    for (let attempt = 0; !this.closed; attempt++) {
      await delay(backoffMs(attempt + this.failedStarts));
      if (this.closed) return;
      let documents: readonly string[];
      try {
        documents = await this.reload();
      } catch (error) {
        this.logger.error({ err: error, attempt }, 'reload() failed; retrying');
        continue;
      }
      if (this.closed) return;
      const started = Date.now();
      const handle = this.spawn();
      this.starting.add(handle);
      const loaded = await postWrite([handle], { kind: 'load-all', documents }, this.chunkChars);
      let replayed = mark;
      for (let missed = this.writeLog.sentAfter(replayed); missed.length > 0; missed = this.writeLog.sentAfter(replayed)) {
        for (const { seq, write } of missed) {
          loaded.push(...(await postWrite([handle], write, this.chunkChars)));
          replayed = seq;
        }
      }
      this.starting.delete(handle);
      if (this.closed || !handle.alive) {
        void handle.terminate();
        this.failedStarts++;
        continue;
      }
      this.live.add(handle);
      this.dispatch();
      void Promise.all(loaded).then((outcomes) => this.reportStart(handle, documents.length, outcomes, Date.now() - started));
      return;
    }
  }

  private reportStart(handle: WorkerHandle, documents: number, outcomes: readonly WriteOutcome[], ms: number): void {
    const error = outcomes.find((outcome) => outcome.error !== undefined)?.error;
    if (error !== undefined) {
      if (!this.closed) this.logger.error({ err: error, threadId: handle.threadId }, 'graph worker could not reload');
      return;
    }
    this.failedStarts = 0;
    const failed = outcomes.reduce((sum, outcome) => sum + (outcome.failures?.length ?? 0), 0);
    this.logger.info({ threadId: handle.threadId, documents, replayed: outcomes.length - 1, failed, ms }, 'graph worker rebuilt');
  }
}

/** No wait for the first attempt, then 100 ms doubling up to 30 s. */
function backoffMs(attempt: number): number {
  return attempt === 0 ? 0 : Math.min(MAX_BACKOFF_MS, 100 * 2 ** (attempt - 1));
}

function delay(ms: number): Promise<void> {
  if (ms === 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
