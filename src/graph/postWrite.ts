import { documentChunks } from './documentChunks.js';
import type { GraphLoadFailure } from './GraphLoadError.js';
import type { GraphWrite } from './GraphWrite.js';
import type { WorkerHandle } from './WorkerHandle.js';
import type { WorkerValue } from './workerProtocol.js';

/** How one worker took a write: the documents it could not parse, or the error that stopped it. */
export type WriteOutcome = { failures: readonly GraphLoadFailure[]; error?: undefined } | { failures?: undefined; error: Error };

/**
 * Sends a write to each worker, as one message or, for a whole-dataset load, as runs of documents with a turn
 * of the event loop between runs (see `documentChunks.ts`). Resolves once everything is sent, with one
 * promise per worker of how it took the write; those promises never reject.
 */
export async function postWrite(targets: readonly WorkerHandle[], write: GraphWrite, chunkChars: number): Promise<Promise<WriteOutcome>[]> {
  if (write.kind === 'replace-graphs') {
    return targets.map((handle) => outcomeOf([handle.request({ type: 'replace-graphs', graphs: write.graphs })]));
  }
  const answers: Promise<WorkerValue>[][] = targets.map(() => []);
  for (const { offset, documents } of documentChunks(write.documents, chunkChars)) {
    if (offset > 0) await new Promise((resolve) => setImmediate(resolve));
    targets.forEach((handle, index) => {
      const request = handle.request(offset === 0 ? { type: 'load-all', documents } : { type: 'load-more', documents, offset });
      request.catch(() => undefined); // looked at in outcomeOf, once every run is sent
      answers[index]?.push(request);
    });
  }
  return answers.map(outcomeOf);
}

function outcomeOf(answers: readonly Promise<WorkerValue>[]): Promise<WriteOutcome> {
  return Promise.all(answers).then(
    (values) => ({ failures: values.flatMap((value) => value as readonly GraphLoadFailure[]) }),
    (error: Error) => ({ error }),
  );
}
