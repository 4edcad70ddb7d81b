/**
 * A request to the graph index that was lost with its worker: the worker crashed (e.g. WebAssembly ran out of
 * memory) or the index was closed. Not the client's fault; the pool respawns crashed workers on its own.
 */
export class GraphWorkerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphWorkerError';
  }
}
