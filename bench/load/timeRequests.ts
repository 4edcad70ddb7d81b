/** One request of a sequential series, and what it answered. */
export interface TimedResponse {
  ms: number;
  status: number;
  bytes: number;
  body: string;
}

/**
 * Sends one GET and reads the whole body, timing the round trip on the client (what a portal waits for). Requests
 * are made one at a time by the caller, over a keep-alive connection (Node's fetch). A request that fails before any
 * answer (a pooled connection the server closed while the benchmark was busy loading a baseline in its own thread)
 * is sent once more on a new connection; only the attempt that got an answer is timed.
 */
export async function timedGet(url: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    try {
      const response = await fetch(url, { headers });
      const body = await response.text();
      const ms = performance.now() - started;
      return { ms, status: response.status, bytes: Buffer.byteLength(body), body };
    } catch (error) {
      if (attempt >= 2) throw new Error(`GET ${url.slice(0, 200)} failed: ${(error as Error).message} (${String((error as { cause?: unknown }).cause ?? '')})`, { cause: error });
    }
  }
}
