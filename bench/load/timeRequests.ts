/** One request of a sequential series, and what it answered. */
export interface TimedResponse {
  ms: number;
  status: number;
  bytes: number;
  body: string;
}

/**
 * Sends one GET and reads the whole body, timing the round trip on the client (what a portal waits for). Requests
 * are made one at a time by the caller, over a keep-alive connection (Node's fetch).
 */
export async function timedGet(url: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = await response.text();
  const ms = performance.now() - started;
  return { ms, status: response.status, bytes: Buffer.byteLength(body), body };
}
