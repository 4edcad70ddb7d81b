import { isWasmTrap } from './isWasmTrap.js';
import type { OxigraphStore } from './OxigraphStore.js';
import type { WorkerFailure, WorkerRequest, WorkerResponse, WorkerValue } from './workerProtocol.js';

const encoder = new TextEncoder();

/** Runs one request against the worker's store and turns whatever happens into a response message. */
export function answerWorkerRequest(store: OxigraphStore, request: WorkerRequest): WorkerResponse {
  try {
    return { id: request.id, ok: true, value: run(store, request) };
  } catch (error) {
    return { id: request.id, ok: false, error: failureOf(request, error) };
  }
}

function run(store: OxigraphStore, request: WorkerRequest): WorkerValue {
  switch (request.type) {
    case 'load-all':
      return store.loadAll(request.documents);
    case 'load-more':
      return store.loadMore(request.documents, request.offset);
    case 'replace-graphs':
      return store.replaceGraphs(request.graphs);
    case 'query':
      // Encoded here so that the bytes can be transferred to the main thread instead of copied.
      return encoder.encode(store.query(request.query, request.options));
    case 'size':
      return store.size();
  }
}

function failureOf(request: WorkerRequest, error: unknown): WorkerFailure {
  const message = error instanceof Error ? error.message : String(error);
  // A WebAssembly trap (out of memory, a Rust panic) may leave the instance unusable.
  const fatal = isWasmTrap(error);
  return { kind: request.type === 'query' && !fatal ? 'evaluation' : 'internal', message, fatal };
}
