import type { Term } from '@rdfjs/types';
import { Store } from 'n3';
import type { Logger } from 'pino';
import { QueryTimeoutError } from '../../graph/QueryTimeoutError.js';
import type { ComunicaEngine, ComunicaQuery, ResultStream } from './ComunicaTypes.js';
import type { FederatedResult } from './FederatedResult.js';
import { FederatedQueryError } from './FederatedQueryError.js';
import { guardedFetch } from './guardedFetch.js';

/** What {@link ComunicaFederation} needs. */
export interface ComunicaFederationOptions {
  /** Our own endpoint URL: Comunica's source for the local part, answered in-process by `answerOwn`. */
  endpoint: string;
  allowList: readonly string[];
  logger: Logger;
  /** Loads Comunica (default: a dynamic import of `@comunica/query-sparql`, paid by the first federated query). */
  loadEngine?: () => Promise<ComunicaEngine>;
  /** The fetch for allow-listed endpoints (default the global `fetch`). */
  fetch?: typeof fetch;
}

/**
 * Runs queries with `SERVICE` to allow-listed endpoints through Comunica (DESIGN §7: Oxigraph has no
 * `SERVICE`). The local part of the query is still answered by our graph index: Comunica's sources are our own
 * endpoint, reached in-process through `guardedFetch`, plus an empty store, so that Comunica splits the query
 * and evaluates `SERVICE` itself instead of sending the whole query to the one endpoint (SPARQL 1.1 Federated
 * Query §2, §4). Every request goes through `guardedFetch`: only our endpoint and the allow-list are reachable.
 */
export class ComunicaFederation {
  private engine: Promise<ComunicaEngine> | undefined;

  constructor(private readonly options: ComunicaFederationOptions) {}

  /**
   * Runs a (prepared, allow-list checked) query and collects its results; stops every request and rejects
   * with `QueryTimeoutError` after `timeoutMs`, and with `FederatedQueryError` when Comunica or a remote
   * endpoint fails. `answerOwn` answers the requests to our own endpoint (on the query's protocol dataset).
   */
  async run(query: string, options: { timeoutMs: number; answerOwn(request: Request): Promise<Response> }): Promise<FederatedResult> {
    const { timeoutMs, answerOwn } = options;
    const engine = await this.loadEngine();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new QueryTimeoutError(timeoutMs)), timeoutMs);
    try {
      const context = {
        sources: [{ type: 'sparql', value: this.options.endpoint }, { type: 'rdfjs', value: new Store() }],
        fetch: guardedFetch({ ownEndpoint: this.options.endpoint, allowList: this.options.allowList, answerOwn, signal: abort.signal, ...(this.options.fetch ? { fetch: this.options.fetch } : {}) }),
        baseIRI: this.options.endpoint,
        httpAbortSignal: abort.signal,
      };
      return await untilAborted(engine.query(query, context).then((result) => collect(result, abort.signal)), abort.signal);
    } catch (error) {
      if (error instanceof QueryTimeoutError) throw error;
      this.options.logger.warn({ err: error }, 'federated query failed');
      throw new FederatedQueryError(error instanceof Error ? error.message : String(error), { cause: error });
    } finally {
      clearTimeout(timer);
      abort.abort(new Error('The federated query is over.'));
    }
  }

  private loadEngine(): Promise<ComunicaEngine> {
    this.engine ??= (this.options.loadEngine ?? importComunica)().catch((error: unknown) => {
      this.engine = undefined;
      throw error;
    });
    return this.engine;
  }
}

async function importComunica(): Promise<ComunicaEngine> {
  const { QueryEngine } = await import('@comunica/query-sparql');
  return new QueryEngine() as unknown as ComunicaEngine;
}

async function collect(result: ComunicaQuery, signal: AbortSignal): Promise<FederatedResult> {
  switch (result.resultType) {
    case 'boolean':
      return { kind: 'boolean', value: await result.execute() };
    case 'quads':
      return { kind: 'quads', quads: await drain(await result.execute(), signal) };
    case 'bindings': {
      const { variables } = await result.metadata();
      const names = variables.map((variable) => ('variable' in variable ? variable.variable : variable).value);
      const rows = (await drain(await result.execute(), signal)).map((bindings) => {
        const row = new Map<string, Term>();
        for (const [variable, term] of bindings) row.set(variable.value, term);
        return row;
      });
      return { kind: 'table', table: { variables: names, rows } };
    }
    case 'void':
      throw new Error('A federated query cannot be an update.');
  }
}

/** Reads a stream to its end; destroys it when the query is aborted. */
async function drain<T>(stream: ResultStream<T>, signal: AbortSignal): Promise<T[]> {
  const stop = (): void => stream.destroy?.(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
  signal.addEventListener('abort', stop, { once: true });
  try {
    const items: T[] = [];
    for await (const item of stream) items.push(item);
    return items;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** Settles with `work`, or rejects with the abort reason as soon as `signal` aborts. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
