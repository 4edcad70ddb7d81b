import { ServiceNotAllowedError } from '../ServiceNotAllowedError.js';
import { endpointKey } from './endpointKey.js';

/** What {@link guardedFetch} needs. */
export interface GuardedFetchOptions {
  /** Our own endpoint URL: requests to it are answered in-process by `answerOwn`, never over the network. */
  ownEndpoint: string;
  /** The only other endpoints a request may go to (config `sparql.serviceAllowList`). */
  allowList: readonly string[];
  answerOwn(request: Request): Promise<Response>;
  /** Aborts every request to an allow-listed endpoint (the query's time limit). */
  signal: AbortSignal;
  /** The fetch that really goes out (default the global `fetch`). */
  fetch?: typeof fetch;
}

/**
 * The only `fetch` Comunica gets for a federated query: requests to our own endpoint are answered in-process,
 * requests to an allow-listed endpoint go out (no redirects followed, so a redirect cannot lead outside the
 * allow-list; aborted with the query), and anything else is refused with a `ServiceNotAllowedError` before a
 * byte leaves the server. A second line of defence behind the allow-list check of `prepare`.
 */
export function guardedFetch(options: GuardedFetchOptions): typeof fetch {
  const own = endpointKey(options.ownEndpoint);
  const allowed = new Set(options.allowList.map(endpointKey).filter((key): key is string => key !== undefined));
  const send = options.fetch ?? fetch;
  return async (input, init) => {
    const request = new Request(input, init);
    const key = endpointKey(request.url);
    if (key !== undefined && key === own) return options.answerOwn(request);
    if (key === undefined || !allowed.has(key)) throw new ServiceNotAllowedError([key ?? request.url]);
    return send(request, { redirect: 'error', signal: AbortSignal.any([options.signal, request.signal]) });
  };
}
