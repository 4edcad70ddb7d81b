/** How politely and defensively the harvester fetches (DESIGN §6). */
export interface FetchPolicy {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Attempts for 5xx, 429 and network errors, with exponential backoff and jitter. */
  attempts: number;
  /** Value of an `Authorization` header, if the source needs one. */
  authorization?: string;
  signal?: AbortSignal;
}

/** An HTTP failure that is not "not found". */
export class FetchError extends Error {
  constructor(message: string, readonly url: string, readonly status?: number) {
    super(message);
    this.name = 'FetchError';
  }
}

/**
 * GETs a URL: `undefined` for 404/410, the body for 2xx, retries with backoff (honouring `Retry-After`) for
 * 429, 5xx and network errors, and a `FetchError` for anything else or for a body over the size limit.
 */
export async function fetchWithPolicy(url: string, policy: FetchPolicy): Promise<Uint8Array | undefined> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    const signal = policy.signal ? AbortSignal.any([policy.signal, timeout]) : timeout;
    try {
      const response = await fetch(url, {
        headers: { 'user-agent': policy.userAgent, ...(policy.authorization ? { authorization: policy.authorization } : {}) },
        redirect: 'follow',
        signal,
      });
      if (response.status === 404 || response.status === 410) return undefined;
      if (response.ok) return await readLimited(response, url, policy.maxBytes);
      if (response.status !== 429 && response.status < 500) throw new FetchError(`GET ${url} answered ${response.status}`, url, response.status);
      lastError = new FetchError(`GET ${url} answered ${response.status}`, url, response.status);
      await sleep(retryDelay(attempt, response.headers.get('retry-after')), policy.signal);
    } catch (error) {
      if (error instanceof FetchError && error.status !== undefined && error.status < 500 && error.status !== 429) throw error;
      if (policy.signal?.aborted) throw error;
      lastError = error;
      if (attempt < policy.attempts) await sleep(retryDelay(attempt, null), policy.signal);
    }
  }
  throw lastError instanceof Error ? lastError : new FetchError(`GET ${url} failed`, url);
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new FetchError(`GET ${url}: ${declared} bytes is over the limit of ${maxBytes}`, url);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new FetchError(`GET ${url}: body over the limit of ${maxBytes} bytes`, url);
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

function retryDelay(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds)) return Math.min(seconds * 1000, 60_000);
  return Math.min(500 * 2 ** (attempt - 1), 10_000) * (0.5 + Math.random() / 2);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    }, { once: true });
  });
}
