import { Worker } from 'node:worker_threads';
import { GraphWorkerError } from './GraphWorkerError.js';
import { QueryEvaluationError } from './QueryEvaluationError.js';
import type { WorkerCommand, WorkerResponse, WorkerValue } from './workerProtocol.js';

/** What a {@link WorkerHandle} tells its owner. */
export interface WorkerHandleEvents {
  /** Every request sent so far has been answered. */
  idle(handle: WorkerHandle): void;
  /** The worker died on its own (crash, trap, exit); its open requests were rejected. Not called after `terminate`. */
  lost(handle: WorkerHandle, reason: string): void;
}

interface Pending {
  resolve(value: WorkerValue): void;
  reject(error: Error): void;
}

/** One graph worker thread and its open requests, answered in the order they were sent. */
export class WorkerHandle {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private ended = false;

  constructor(
    url: URL,
    private readonly events: WorkerHandleEvents,
  ) {
    this.worker = new Worker(url);
    this.worker.on('message', (response: WorkerResponse) => this.answer(response));
    this.worker.on('error', (error) => this.lose(`it crashed: ${error.message}`));
    this.worker.on('messageerror', (error) => this.lose(`a message could not be read: ${error.message}`));
    this.worker.on('exit', (code) => this.lose(`it exited with code ${code}`));
  }

  /** Number of requests sent and not answered yet; 0 means the worker would start a new one at once. */
  get outstanding(): number {
    return this.pending.size;
  }

  /** False once the worker has died or been stopped. */
  get alive(): boolean {
    return !this.ended;
  }

  /** Thread id, for logs. */
  get threadId(): number {
    return this.worker.threadId;
  }

  /** Sends a command; rejects with `QueryEvaluationError` for Oxigraph's refusals, else `GraphWorkerError`. */
  request(command: WorkerCommand): Promise<WorkerValue> {
    if (this.ended) return Promise.reject(new GraphWorkerError('The graph worker has stopped.'));
    const id = this.nextId++;
    return new Promise<WorkerValue>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...command, id });
    });
  }

  /** Stops the worker now, even in the middle of a query; open requests reject with `GraphWorkerError`. */
  async terminate(): Promise<void> {
    this.end('The graph worker was stopped.');
    await this.worker.terminate();
  }

  private answer(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (pending === undefined) return;
    this.pending.delete(response.id);
    if (response.ok) pending.resolve(response.value);
    else if (response.error.kind === 'evaluation') pending.reject(new QueryEvaluationError(response.error.message));
    else pending.reject(new GraphWorkerError(`The graph worker failed: ${response.error.message}`));
    if (!response.ok && response.error.fatal) {
      // The worker exits on its own after a trap; take no more requests meanwhile.
      this.lose(`its WebAssembly instance trapped: ${response.error.message}`);
      void this.worker.terminate();
    } else if (this.pending.size === 0 && !this.ended) {
      this.events.idle(this);
    }
  }

  private lose(reason: string): void {
    if (this.ended) return;
    this.end(`The graph worker was lost: ${reason}.`);
    this.events.lost(this, reason);
  }

  private end(message: string): void {
    this.ended = true;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of pending) reject(new GraphWorkerError(message));
  }
}
