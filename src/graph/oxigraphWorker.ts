/**
 * Entry point of a graph worker thread: one Oxigraph store, answering the messages of `workerProtocol.ts` one
 * at a time, in the order they arrive. Started by `OxigraphWorkerPool`.
 */
import { parentPort } from 'node:worker_threads';
import { answerWorkerRequest } from './answerWorkerRequest.js';
import { OxigraphStore } from './OxigraphStore.js';
import type { WorkerRequest } from './workerProtocol.js';

const port = parentPort;
if (port === null) throw new Error('oxigraphWorker.js must run in a worker thread.');

const store = new OxigraphStore();
port.on('message', (request: WorkerRequest) => {
  const response = answerWorkerRequest(store, request);
  // A query result is moved to the main thread, not copied (its buffer becomes unusable here).
  const bytes = response.ok && response.value instanceof Uint8Array ? response.value : undefined;
  port.postMessage(response, bytes === undefined ? [] : [bytes.buffer as ArrayBuffer]);
  // The instance may be broken after a trap: stop, and let the pool start a fresh worker.
  if (!response.ok && response.error.fatal) process.exit(1);
});
