import type { FetchStats } from './FetchStats.js';
import type { HostThrottle } from './HostThrottle.js';
import type { HttpCache } from './HttpCache.js';
import { retryDelay } from './retryDelay.js';
import { sleep } from './sleep.js';

/** How politely and defensively the harvester fetches (DESIGN §6). */
export interface FetchPolicy {
  /** A descriptive `User-Agent` naming the catalog and a contact URL. */
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Attempts for 5xx, 429, timeouts and network errors, with exponential backoff and jitter. */
  attempts: number;
  /** Longest wait a `Retry-After` may ask for; longer asks fail the attempt series at once. */
  maxRetryAfterMs?: number;
  /** Value of an `Authorization` header, if the source needs one. */
  authorization?: string;
  signal?: AbortSignal;
  /** Validators of earlier answers, for conditional requests. */
  cache?: HttpCache;
  /** Per-host concurrency and delay. */
  throttle?: HostThrottle;
  /** Counters for the run report. */
  stats?: FetchStats;
  /** Random numbers in [0, 1) for backoff jitter (tests pass a fixed one). */
  random?: () => number;
}

/** An HTTP failure that is not "not found": a 4xx, a body over the limit, or the last of failed attempts. */
export class FetchError extends Error {
  constructor(message: string, readonly url: string, readonly status?: number) {
    super(message);
    this.name = 'FetchError';
  }
}

/**
 * GETs a URL: the body for 2xx, `undefined` for 404/410, and a `FetchError` for other 4xx or a body over the
 * size limit. Retries 429, 5xx, timeouts and network errors with exponential backoff and jitter, honouring
 * `Retry-After` (RFC 9110 §10.2.3, seconds or an HTTP-date). Sends `If-None-Match` / `If-Modified-Since`
 * when the cache has validators for the URL (RFC 9110 §13.1.2, §13.1.3) and answers a `304 Not Modified`
 * (RFC 9110 §15.4.5) with the cached body; stores the validators of every 200.
 */
export async function fetchWithPolicy(url: string, policy: FetchPolicy): Promise<Uint8Array | undefined> {
  const cached = policy.cache?.get(url);
  const headers: Record<string, string> = { 'user-agent': policy.userAgent, accept: '*/*' };
  if (policy.authorization) headers.authorization = policy.authorization;
  if (cached?.etag) headers['if-none-match'] = cached.etag;
  if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (attempt > 1 && policy.stats) policy.stats.retries++;
    let wait: number;
    try {
      const outcome = await (policy.throttle ? policy.throttle.run(url, () => attemptOnce(url, headers, policy), policy.signal) : attemptOnce(url, headers, policy));
      if (outcome.kind === 'done') return outcome.body;
      if (outcome.kind === 'not-modified') {
        if (cached === undefined) throw new FetchError(`GET ${url} answered 304 to an unconditional request`, url, 304);
        if (policy.stats) policy.stats.notModified++;
        return cached.body;
      }
      lastError = new FetchError(`GET ${url} answered ${outcome.status}`, url, outcome.status);
      wait = retryDelay(attempt, outcome.retryAfter, policy.random ?? Math.random);
      if (wait > (policy.maxRetryAfterMs ?? 60_000)) throw new FetchError(`GET ${url} answered ${outcome.status} and asks to retry after ${Math.round(wait / 1000)} s`, url, outcome.status);
    } catch (error) {
      // A FetchError is final (4xx, size limit, too long a Retry-After); timeouts and network errors are retried.
      if (error instanceof FetchError || policy.signal?.aborted) throw error;
      lastError = error;
      wait = retryDelay(attempt, null, policy.random ?? Math.random);
    }
    if (attempt < policy.attempts) await sleep(wait, policy.signal);
  }
  throw lastError instanceof Error ? lastError : new FetchError(`GET ${url} failed`, url);
}

type Outcome = { kind: 'done'; body: Uint8Array | undefined } | { kind: 'not-modified' } | { kind: 'retry'; status: number; retryAfter: string | null };

async function attemptOnce(url: string, headers: Record<string, string>, policy: FetchPolicy): Promise<Outcome> {
  const timeout = AbortSignal.timeout(policy.timeoutMs);
  const signal = policy.signal ? AbortSignal.any([policy.signal, timeout]) : timeout;
  if (policy.stats) policy.stats.requests++;
  const response = await fetch(url, { headers, redirect: 'follow', signal });
  if (response.status === 304) {
    await response.body?.cancel();
    return { kind: 'not-modified' };
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    policy.cache?.delete(url);
    return { kind: 'done', body: undefined };
  }
  if (response.ok) {
    const body = await readLimited(response, url, policy.maxBytes);
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    if (etag !== undefined || lastModified !== undefined) policy.cache?.put(url, { body, ...(etag === undefined ? {} : { etag }), ...(lastModified === undefined ? {} : { lastModified }) });
    else policy.cache?.delete(url);
    return { kind: 'done', body };
  }
  await response.body?.cancel();
  if (response.status !== 429 && response.status < 500) throw new FetchError(`GET ${url} answered ${response.status}`, url, response.status);
  return { kind: 'retry', status: response.status, retryAfter: response.headers.get('retry-after') };
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(`GET ${url}: ${declared} bytes is over the limit of ${maxBytes}`, url);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      // Leaving the loop by throwing cancels the stream: the rest of the body is never read.
      if (total > maxBytes) throw new FetchError(`GET ${url}: body over the limit of ${maxBytes} bytes`, url);
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}
