import autocannon from 'autocannon';
import { summarise, type Summary } from '../stats/summarise.js';

/** What a load test measured. */
export interface LoadResult {
  /** Completed 2xx responses per second over the whole run. */
  requestsPerSecond: number;
  /** Latency of every response, in milliseconds. */
  latencyMs: Summary;
  requests: number;
  non2xx: number;
  errors: number;
  durationSeconds: number;
  connections: number;
  /** Mean bytes per response body and headers, as autocannon counts them. */
  bytesPerResponse: number;
}

export interface LoadOptions {
  /** Origin, e.g. `http://127.0.0.1:4000`. */
  origin: string;
  /** Paths to request, in turn (each connection walks through them). */
  paths: readonly string[];
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

/**
 * Runs autocannon (HTTP/1.1 keep-alive, `connections` concurrent connections, no pipelining) against the paths in
 * turn and records the latency of every response, so that the percentiles are exact rather than histogram buckets.
 * Loopback only: the benchmark never sends load anywhere else.
 */
export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  const origin = new URL(options.origin);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(origin.hostname)) throw new Error(`load tests run against loopback only, not ${origin.hostname}`);
  let next = 0;
  const latencies: number[] = [];
  let non2xx = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: origin.origin,
      connections: options.connections,
      duration: options.durationSeconds,
      pipelining: 1,
      timeout: 30,
      headers: options.headers ?? {},
      requests: [{
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length]! }),
      }],
    },
    (error: unknown, result: autocannon.Result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
  const result = await done;
  if (latencies.length === 0) throw new Error(`no response from ${origin.origin}${options.paths[0] ?? ''} (errors: ${result.errors})`);
  const completed = latencies.length - non2xx;
  return {
    requestsPerSecond: completed / result.duration,
    latencyMs: summarise(latencies),
    requests: latencies.length,
    non2xx,
    errors: result.errors,
    durationSeconds: result.duration,
    connections: options.connections,
    bytesPerResponse: result.throughput.total / Math.max(1, latencies.length),
  };
}
